import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { InvalidInputError } from '../../../../domain/kernel/domain-error.js';
import { checkUscc, usccCheckCharacter, USCC_ORG_CODE_CHECK } from '../../../../domain/rules/identifiers/uscc.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALID = ['91320583722291823U', '91320583796541485R', '913205056082348768', '91110000600037341L', '121200004013590816'];

function ruleOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    const err = e as InvalidInputError;
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.article).toBe('A4, GB 32100-2015');
    return err.details.rule as string;
  }
  return undefined;
}

/** Every code that differs from `code` in exactly one position, by another allowed character. */
function singleCharacterCorruptions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    for (const ch of CHARSET) {
      if (ch !== code[i]) out.push(code.slice(0, i) + ch + code.slice(i + 1));
    }
  }
  return out;
}

describe('unified social credit code, GB 32100-2015 (A4 subjects)', () => {
  it.each(VALID)('A4: %s passes both the 18th and the 17th check', (code) => {
    expect(checkUscc(code)).toEqual({ code, warnings: [] });
  });

  it('A4: worked example: 91350100M000100Y4 sums to 1640, 1640 mod 31 = 28, check character 3', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each(VALID)('A4: every single-character corruption of %s is refused by the check character', (code) => {
    const corruptions = singleCharacterCorruptions(code);
    expect(corruptions).toHaveLength(18 * 30);
    const rules = new Set(corruptions.map((c) => ruleOf(() => checkUscc(c))));
    expect([...rules]).toEqual(['USCC_CHECK_CHARACTER']);
  });

  it('A4: a lower-case code is normalised to upper case', () => {
    expect(checkUscc('91110000600037341l').code).toBe('91110000600037341L');
    expect(usccCheckCharacter('91350100m000100y4')).toBe('3');
  });

  it.each(['', '91320583722291823', '91320583722291823UU'])('A4: %p has the wrong length', (code) => {
    expect(ruleOf(() => checkUscc(code))).toBe('USCC_LENGTH');
  });

  it.each(['I', 'O', 'Z', 'S', 'V', '-', ' '])('A4: the character %p is refused', (ch) => {
    const code = '9132058372229182' + ch + 'U';
    expect(ruleOf(() => checkUscc(code))).toBe('USCC_CHARSET');
  });

  it('A4: the refusal names the field it was given', () => {
    try {
      checkUscc('X', 'creditCode');
      throw new Error('not refused');
    } catch (e) {
      expect((e as InvalidInputError).field).toBe('creditCode');
    }
  });

  it('A4: an early pilot code failing only the 17th (GB 11714) character is accepted with a warning', () => {
    const first17 = '91320583722291824'; // 17th was 3
    const code = first17 + usccCheckCharacter(first17);
    expect(checkUscc(code)).toEqual({ code, warnings: [USCC_ORG_CODE_CHECK] });
  });

  it('A4: a 17th character that is a letter other than X fails GB 11714 and only warns', () => {
    const first17 = '9132058372229182A';
    const code = first17 + usccCheckCharacter(first17);
    expect(checkUscc(code).warnings).toEqual([USCC_ORG_CODE_CHECK]);
  });
});

describe('checkUscc: input that is not a text', () => {
  it.each([null, undefined, 91320583722291823, {}])('A4, GB 32100-2015: %p is invalid input (USCC_TEXT), not a TypeError', (value) => {
    expect(() => checkUscc(value as never)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: expect.objectContaining({ rule: 'USCC_TEXT' }) }));
  });
});

describe('GB 32100-2015: positions 3–8 are the numeric administrative division code (issue 10)', () => {
  it('A4, GB 32100-2015: 91ABCDEF7222918238 (letters as division code, a correct check character) is refused USCC_DIVISION_CODE', () => {
    expect(usccCheckCharacter('91ABCDEF722291823')).toBe('8');
    expect(ruleOf(() => checkUscc('91ABCDEF7222918238'))).toBe('USCC_DIVISION_CODE');
  });

  it('A4, GB 32100-2015: any code with a non-digit in positions 3–8 is refused, whatever its check character', () => {
    const letters = [...CHARSET].filter((ch) => !/\d/.test(ch));
    fc.assert(fc.property(fc.integer({ min: 2, max: 7 }), fc.constantFrom(...letters), fc.constantFrom(...VALID), (position, letter, valid) => {
      const first17 = (valid.slice(0, position) + letter + valid.slice(position + 1)).slice(0, 17);
      const code = first17 + usccCheckCharacter(first17);
      expect(ruleOf(() => checkUscc(code))).toBe('USCC_DIVISION_CODE');
    }));
  });

  it('A4, GB 32100-2015: six digits in positions 3–8 with a correct check character are accepted', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 });
    fc.assert(fc.property(digits, (division) => {
      const first17 = `91${division}722291823`;
      expect(checkUscc(first17 + usccCheckCharacter(first17)).code).toBe(first17 + usccCheckCharacter(first17));
    }));
  });
});
