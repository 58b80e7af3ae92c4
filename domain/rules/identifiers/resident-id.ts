import { DateTime } from 'luxon';
import { InvalidInputError } from '../../kernel/domain-error.js';
import { addCalendarMonths, isValidCalendarDate } from '../time.js';

/**
 * Resident identity number, GB 11643-1999. It is personal information (A28): no message or
 * error detail below ever repeats the number, because errors end up in logs.
 */
export interface ResidentIdCheck {
  readonly id: string; // normalised, X upper
  readonly birthDate: string;
  readonly divisionCode: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_DIGITS = '10X98765432'; // indexed by Σ mod 11
const STANDARD = 'GB 11643-1999';
/** Decision: no living holder of an 18-digit number was born before 1900. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * Checks an identity number. With `today` (YYYY-MM-DD, Asia/Shanghai), a birth date after it is
 * refused too: the birth date must be real, not merely a valid calendar date.
 */
export function checkResidentId(input: string, field = 'identityNumber', today?: string): ResidentIdCheck {
  const refuse = (rule: string, message: string): never => {
    throw new InvalidInputError(field, rule, message, {}, STANDARD);
  };
  if (typeof input !== 'string') return refuse('RESIDENT_ID_CHARSET', 'an identity number is a text of 18 characters');
  const id = input.toUpperCase();
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    // Decision (docs/domain.md): the pre-1999 form has no check digit and a 2-digit year.
    refuse('RESIDENT_ID_LEGACY_15', 'the 15-digit identity number (pre-1999 form) is not accepted; give the 18-digit number');
  }
  if (id.length !== 18) refuse('RESIDENT_ID_LENGTH', `an identity number has 18 characters, got ${id.length}`);
  if (!/^\d{17}[\dX]$/.test(id)) refuse('RESIDENT_ID_CHARSET', 'an identity number is 17 digits followed by a digit or X');
  // The check digit first: a typo anywhere is reported as a typo, not as a strange birth date.
  if (id.charAt(17) !== residentIdCheckDigit(id.slice(0, 17))) refuse('RESIDENT_ID_CHECK_DIGIT', 'the check digit does not match');
  const birth = DateTime.fromFormat(id.slice(6, 14), 'yyyyMMdd', { zone: 'Asia/Shanghai' });
  if (!birth.isValid) refuse('RESIDENT_ID_BIRTH_DATE', 'positions 7–14 are not a real birth date');
  const birthDate = birth.toISODate() as string;
  // The birth date itself is never put in a message: it is personal information too (A28).
  if (birthDate < EARLIEST_BIRTH_DATE) refuse('RESIDENT_ID_BIRTH_DATE', `positions 7–14 give a birth date before ${EARLIEST_BIRTH_DATE}`);
  if (today !== undefined && birthDate > requireToday(today)) refuse('RESIDENT_ID_BIRTH_DATE', `positions 7–14 give a birth date after today (${today})`);
  return { id, birthDate, divisionCode: id.slice(0, 6) };
}

function requireToday(today: string): string {
  if (!isValidCalendarDate(today)) {
    throw new InvalidInputError('today', 'CALENDAR_DATE', `${JSON.stringify(today)} is not a real calendar date YYYY-MM-DD`, {}, STANDARD);
  }
  return today;
}

/** The 18th character for the first 17 digits. */
export function residentIdCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i];
  return CHECK_DIGITS.charAt(sum % 11);
}

/**
 * A28: minors are never published. Age is counted like any period (Civil Code art. 201; SPC
 * 法释〔2006〕1号 art. 2): the person turns 18 on the day after the 18th birthday, and one born
 * on 29 February turns 18 on 1 March. Erring this way never publishes a minor.
 */
export function isMinorOn(check: ResidentIdCheck, date: string): boolean {
  if (!isValidCalendarDate(date)) {
    throw new InvalidInputError('date', 'CALENDAR_DATE', `${JSON.stringify(date)} is not a real calendar date YYYY-MM-DD`, {}, 'A28');
  }
  return date <= addCalendarMonths(check.birthDate, 18 * 12);
}
