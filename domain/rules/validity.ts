/**
 * One-year validity of a review report (A14) and of a third-party credit report (A19).
 * Civil Code arts. 201, 203: the issue day is not counted; the last valid day is the same date a
 * year later, or that month's last day when the date does not exist (2024-02-29 → 2025-02-28).
 * A holiday does not extend a validity period (decision, docs/domain.md).
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import {
  addCalendarMonths,
  calendarDaysBetween,
  compareInstants,
  endOfShanghaiDay,
  isValidCalendarDate,
  isValidInstant,
  requireInstant,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './time.js';

/** A14 (review reports) and A19 (credit reports) each give one year. */
const VALIDITY_ARTICLES = 'A14, A19';

export interface Validity {
  readonly issuedOn: string;
  readonly validThrough: string;
  /** End of `validThrough`, `YYYY-MM-DDT23:59:59.999+08:00`. */
  readonly expiresAt: string;
}

const MONTHS_IN_A_YEAR = 12;

/** A14/A19: valid for one year from the issue date (a date, or an instant read in Asia/Shanghai). */
export function oneYearValidity(issuedAt: string): Validity {
  const issuedOn = issuedOnOf(issuedAt);
  const validThrough = addCalendarMonths(issuedOn, MONTHS_IN_A_YEAR);
  return { issuedOn, validThrough, expiresAt: endOfShanghaiDay(validThrough) };
}

/** From the start of the issue day through the end of the last valid day, both included. */
export function isValidAt(validity: Validity, at: string): boolean {
  requireInstant(at, 'at');
  return compareInstants(startOfShanghaiDay(validity.issuedOn), at) <= 0 && compareInstants(at, validity.expiresAt) <= 0;
}

/** Whole calendar days from the Shanghai date of `at` to `validThrough`: 0 on the last day, negative after. */
export function daysUntilExpiry(validity: Validity, at: string): number {
  requireInstant(at, 'at');
  return calendarDaysBetween(shanghaiDateOf(at), validity.validThrough);
}

function issuedOnOf(issuedAt: string): string {
  if (isValidCalendarDate(issuedAt)) return issuedAt;
  if (isValidInstant(issuedAt)) return shanghaiDateOf(issuedAt);
  throw new InvalidInputError('issuedAt', 'DATE_OR_INSTANT', `${JSON.stringify(issuedAt)} is neither a calendar date YYYY-MM-DD nor an ISO-8601 instant with an offset`, {}, VALIDITY_ARTICLES);
}
