import { DateTime } from 'luxon';
import { DomainError, InvalidInputError } from '../kernel/domain-error.js';
import { addCalendarMonths, isValidCalendarDate } from './time.js';

/**
 * A9: breach information is recorded and made public. How long, by class, comes from
 * 国办发〔2025〕22号 and NDRC 《信用修复管理办法》令第36号 (docs/domain.md).
 */
export const BREACH_CLASSES = ['minor', 'general', 'serious'] as const;
export type BreachClass = (typeof BREACH_CLASSES)[number];

export interface DisclosureBounds {
  readonly minMonths: number;
  readonly maxMonths: number;
  readonly mayBeUndisclosed: boolean;
}

export const DISCLOSURE_BOUNDS: Record<BreachClass, DisclosureBounds> = {
  minor: { minMonths: 0, maxMonths: 3, mayBeUndisclosed: true },
  general: { minMonths: 3, maxMonths: 12, mayBeUndisclosed: false },
  serious: { minMonths: 12, maxMonths: 36, mayBeUndisclosed: false },
};

export class DisclosurePeriodOutOfBoundsError extends DomainError {
  constructor(breachClass: BreachClass, months: number) {
    const { minMonths, maxMonths } = DISCLOSURE_BOUNDS[breachClass];
    super(
      'DISCLOSURE_PERIOD_OUT_OF_BOUNDS',
      `a ${breachClass} breach is disclosed for ${minMonths} to ${maxMonths} months, not ${months}`,
      { breachClass, months, minMonths, maxMonths },
      'A9',
    );
  }
}

/** A9: the recording department picks the period within its class's bounds; 0 = not disclosed (minor only). */
export function checkDisclosurePeriod(breachClass: BreachClass, months: number): void {
  const bounds = boundsOf(breachClass);
  if (!Number.isInteger(months)) {
    throw new InvalidInputError('months', 'DISCLOSURE_MONTHS_INTEGER', `a disclosure period is a whole number of months, not ${months}`, {}, 'A9');
  }
  if (months < bounds.minMonths || months > bounds.maxMonths) {
    throw new DisclosurePeriodOutOfBoundsError(breachClass, months);
  }
}

/**
 * A9: the last day of disclosure. The period runs from the deciding document's date, that day
 * not counted (Civil Code arts. 201, 203, as for validity): decided 2025-01-31 + 1 month → 2025-02-28.
 */
export function disclosureEndsOn(decisionDate: string, months: number): string {
  requireDecisionDate(decisionDate);
  if (!Number.isInteger(months) || months < 0) {
    throw new InvalidInputError('months', 'DISCLOSURE_MONTHS_INTEGER', `a disclosure period is a whole number of months ≥ 0, not ${months}`, {}, 'A9');
  }
  return addCalendarMonths(decisionDate, months);
}

/** A9 / 令第36号: a repair may be applied for from the day after the class's minimum period ends. */
export function repairPossibleFrom(breachClass: BreachClass, decisionDate: string): string {
  requireDecisionDate(decisionDate);
  const minimumEnds = addCalendarMonths(decisionDate, boundsOf(breachClass).minMonths);
  return DateTime.fromISO(minimumEnds, { zone: 'utc' }).plus({ days: 1 }).toISODate() as string;
}

function boundsOf(breachClass: BreachClass): DisclosureBounds {
  // The class may arrive from a request or a stored event: refuse anything off the list.
  if (!BREACH_CLASSES.includes(breachClass)) {
    throw new InvalidInputError('breachClass', 'BREACH_CLASS', `${JSON.stringify(breachClass)} is not one of ${BREACH_CLASSES.join(', ')}`, {}, 'A9');
  }
  return DISCLOSURE_BOUNDS[breachClass];
}

// The period runs from the deciding document's date (A9), so that date must exist.
function requireDecisionDate(date: string): void {
  if (!isValidCalendarDate(date)) {
    throw new InvalidInputError('decisionDate', 'CALENDAR_DATE', `${JSON.stringify(date)} is not a real calendar date YYYY-MM-DD`, {}, 'A9');
  }
}
