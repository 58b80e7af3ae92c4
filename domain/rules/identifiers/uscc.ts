import { InvalidInputError } from '../../kernel/domain-error.js';

/**
 * Unified Social Credit Code, GB 32100-2015: the identifier of an organisation subject (A4).
 * An organisation's code may be shown in clear (A28), so it can appear in messages.
 */
export interface UsccCheck {
  readonly code: string; // upper-cased
  readonly warnings: readonly string[];
}

/** Positions 1–18 use this table; its index is the character's value (0–30). No I, O, Z, S, V. */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Position 17 is the GB 11714 organisation-code check over positions 9–16 (letters A=10…Z=35). */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export const USCC_ORG_CODE_CHECK = 'USCC_ORG_CODE_CHECK';

/** Cited by every refusal: organisation subjects (A4) are identified by this standard's code. */
const USCC_RULE = 'A4, GB 32100-2015';

/** The 18th character for the first 17: C18 = 31 − (Σ mod 31), 31 → 0. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) {
    throw new InvalidInputError('uscc', 'USCC_LENGTH', `the check character needs 17 characters, got ${first17.length}`, {}, USCC_RULE);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i).toUpperCase());
    if (value < 0) {
      throw new InvalidInputError('uscc', 'USCC_CHARSET', `character ${i + 1} "${first17.charAt(i)}" is not allowed`, {}, USCC_RULE);
    }
    sum += value * USCC_WEIGHTS[i];
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Validates a USCC. A failing 18th character or a division code (positions 3–8) that is not six
 * digits is refused; a failing 17th is only a warning,
 * because early pilot codes were issued with it wrong (docs/domain.md).
 */
export function checkUscc(input: string, field = 'uscc'): UsccCheck {
  if (typeof input !== 'string') {
    throw new InvalidInputError(field, 'USCC_TEXT', `${JSON.stringify(input) ?? 'undefined'} is not a unified social credit code (a text of 18 characters)`, {}, USCC_RULE);
  }
  const code = input.toUpperCase();
  if (code.length !== 18) {
    throw new InvalidInputError(field, 'USCC_LENGTH', `a unified social credit code has 18 characters, got ${code.length}`, {}, USCC_RULE);
  }
  const bad = [...code].findIndex((ch) => !USCC_CHARSET.includes(ch));
  if (bad >= 0) {
    throw new InvalidInputError(field, 'USCC_CHARSET', `character ${bad + 1} "${input.charAt(bad)}" is not allowed (no I, O, Z, S, V)`, {}, USCC_RULE);
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    throw new InvalidInputError(field, 'USCC_CHECK_CHARACTER', `check character of ${code} should be ${expected}`, { expected }, USCC_RULE);
  }
  // GB 32100-2015 §4: positions 3–8 are the GB/T 2260 administrative division code, six digits.
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    throw new InvalidInputError(field, 'USCC_DIVISION_CODE', `positions 3–8 "${division}" must be the six-digit administrative division code`, {}, USCC_RULE);
  }
  const warnings = orgCodeCheckCharacter(code.slice(8, 16)) === code.charAt(16) ? [] : [USCC_ORG_CODE_CHECK];
  return { code, warnings };
}

/** GB 11714: C = 11 − (Σ mod 11), 10 → X, 11 → 0. */
function orgCodeCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body.charAt(i), 36) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
