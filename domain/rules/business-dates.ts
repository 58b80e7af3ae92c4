/**
 * A plausible window for the business dates commands carry (decision, check, issue, filing dates):
 * a date the measure governs cannot precede the measure, and a date of something that has happened
 * cannot lie after the Shanghai day the command is decided on (`now`, a value: never a clock).
 * Each refusal is a VALIDATION_FAILED naming the field, the rule and the article.
 */
import { InvalidInputError } from '../kernel/domain-error.js';
import { requireDate } from './input-checks.js';
import { shanghaiDateOf } from './time.js';

/** A31: the measure is in force from its date of issue; nothing done under it is dated earlier. */
export const MEASURE_IN_FORCE_FROM = '2017-03-06';

/**
 * Decision: an agency's filing (A15, A20) may predate the measure — the agency was filed with the
 * city or province before Kunshan relied on it — but not the State Council's outline for the social
 * credit system (国发〔2014〕21号, issued 2014-06-14), under which credit service agencies are filed.
 * An earlier filing date is a typing error (`0000-01-01`), not a filing.
 */
export const EARLIEST_AGENCY_FILING = '2014-06-14';

/** A31: a date in the life of the scheme (a decision, a check, a report, a department's dates) cannot precede the measure. */
export function requireSchemeDate(value: string, field: string, article: string): string {
  requireDate(field, value, article);
  if (value < MEASURE_IN_FORCE_FROM) {
    throw new InvalidInputError(field, 'BEFORE_MEASURE', `${value} is before the measure took effect on ${MEASURE_IN_FORCE_FROM}`, { earliest: MEASURE_IN_FORCE_FROM }, 'A31');
  }
  return value;
}

/** A scheme date of something that has already happened: on or after A31's date, on or before today. */
export function requirePastSchemeDate(value: string, field: string, now: string, article: string): string {
  requireSchemeDate(value, field, article);
  const today = shanghaiDateOf(now);
  if (value > today) {
    throw new InvalidInputError(field, 'DATE_NOT_IN_FUTURE', `${value} lies after today (${today})`, { today }, article);
  }
  return value;
}

/** A15, A20: an agency's filing (or recognition) date: not before EARLIEST_AGENCY_FILING, not after today. */
export function requireAgencyFilingDate(value: string, field: string, now: string, article: string): string {
  requireDate(field, value, article);
  if (value < EARLIEST_AGENCY_FILING) {
    throw new InvalidInputError(field, 'FILING_DATE_TOO_EARLY', `${value} is before ${EARLIEST_AGENCY_FILING} (国发〔2014〕21号), the earliest plausible filing of a credit service agency`, { earliest: EARLIEST_AGENCY_FILING }, article);
  }
  const today = shanghaiDateOf(now);
  if (value > today) {
    throw new InvalidInputError(field, 'DATE_IN_FUTURE', `${value} is after today (${today})`, { today }, article);
  }
  return value;
}
