/** Valid identifiers for the demo: USCCs (GB 32100-2015), identity numbers (GB 11643-1999) and record ids (UUID v7). */
import { DateTime } from 'luxon';
import { residentIdCheckDigit } from '../../domain/rules/identifiers/resident-id.js';
import { usccCheckCharacter } from '../../domain/rules/identifiers/uscc.js';
import type { Prng } from './prng.js';

/** Kunshan's administrative division code (GB/T 2260): USCC positions 3–8 and identity number positions 1–6. */
export const KUNSHAN_DIVISION = '320583';

/** USCC characters without I, O, Z, S, V. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check over positions 9–16 (USCC position 17), so no USCC_ORG_CODE_CHECK warning is raised. */
function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body.charAt(i), 36) * ORG_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** An enterprise (91) registered in Kunshan, with a post-2015 style organisation code (MA…). */
export function demoUscc(rng: Prng): string {
  let body = 'MA1';
  while (body.length < 8) body += rng.pick([...USCC_CHARS]);
  const first17 = `91${KUNSHAN_DIVISION}${body}${orgCodeCheck(body)}`;
  return first17 + usccCheckCharacter(first17);
}

/** An 18-digit resident identity number born in Kunshan on `birthDate` (YYYY-MM-DD). */
export function demoIdentityNumber(rng: Prng, birthDate: string): string {
  const sequence = String(rng.int(10, 999)).padStart(3, '0');
  const first17 = `${KUNSHAN_DIVISION}${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckDigit(first17);
}

/** A UUID v7 whose time is the command's business instant and whose random bits come from the seeded generator. */
export function demoUuid(rng: Prng, instant: string): string {
  const ms = DateTime.fromISO(instant, { setZone: true }).toMillis();
  const hex = (digits: number) => Array.from({ length: digits }, () => rng.int(0, 15).toString(16)).join('');
  const time = ms.toString(16).padStart(12, '0');
  const variant = (8 + rng.int(0, 3)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
