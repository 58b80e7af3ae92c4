import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import {
  BREACH_CLASSES,
  checkDisclosurePeriod,
  DISCLOSURE_BOUNDS,
  DisclosurePeriodOutOfBoundsError,
  disclosureEndsOn,
  repairPossibleFrom,
  type BreachClass,
} from '../../../domain/rules/disclosure.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('not refused');
}

function accepts(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

describe('disclosure of breach information (A9)', () => {
  it('A9: bounds per class: minor 0–3 (may be undisclosed), general 3–12, serious 12–36 months', () => {
    expect(BREACH_CLASSES).toEqual(['minor', 'general', 'serious']);
    expect(DISCLOSURE_BOUNDS).toEqual({
      minor: { minMonths: 0, maxMonths: 3, mayBeUndisclosed: true },
      general: { minMonths: 3, maxMonths: 12, mayBeUndisclosed: false },
      serious: { minMonths: 12, maxMonths: 36, mayBeUndisclosed: false },
    });
  });

  describe('checkDisclosurePeriod', () => {
    it.each<[BreachClass, number]>([
      ['minor', 0], ['minor', 1], ['minor', 3],
      ['general', 3], ['general', 6], ['general', 12],
      ['serious', 12], ['serious', 24], ['serious', 36],
    ])('A9: a %s breach may be disclosed for %i months', (breachClass, months) => {
      expect(() => checkDisclosurePeriod(breachClass, months)).not.toThrow();
    });

    it.each<[BreachClass, number]>([
      ['minor', 4], ['minor', -1],
      ['general', 0], ['general', 2], ['general', 13],
      ['serious', 0], ['serious', 11], ['serious', 37],
    ])('A9: a %s breach may not be disclosed for %i months', (breachClass, months) => {
      const err = thrown(() => checkDisclosurePeriod(breachClass, months));
      expect(err).toBeInstanceOf(DisclosurePeriodOutOfBoundsError);
      const { code, article, details } = err as DisclosurePeriodOutOfBoundsError;
      const { minMonths, maxMonths } = DISCLOSURE_BOUNDS[breachClass];
      expect({ code, article, details }).toEqual({
        code: 'DISCLOSURE_PERIOD_OUT_OF_BOUNDS',
        article: 'A9',
        details: { breachClass, months, minMonths, maxMonths },
      });
    });

    it('A9: only a minor breach may go undisclosed (0 months)', () => {
      const undisclosable = BREACH_CLASSES.filter((c) => accepts(() => checkDisclosurePeriod(c, 0)));
      expect(undisclosable).toEqual(['minor']);
    });

    it.each([1.5, 3.0001, Number.NaN, Number.POSITIVE_INFINITY])('A9: a period of %p months is not a whole number and is refused', (months) => {
      const err = thrown(() => checkDisclosurePeriod('general', months));
      expect(err).toBeInstanceOf(InvalidInputError);
      expect((err as InvalidInputError).details.rule).toBe('DISCLOSURE_MONTHS_INTEGER');
      expect((err as InvalidInputError).article).toBe('A9');
    });

    it('A9: a class off the list is refused', () => {
      const err = thrown(() => checkDisclosurePeriod('grave' as BreachClass, 12));
      expect((err as InvalidInputError).details.rule).toBe('BREACH_CLASS');
      expect((err as InvalidInputError).article).toBe('A9');
    });
  });

  describe('disclosureEndsOn', () => {
    it.each([
      ['2025-03-10', 3, '2025-06-10'],
      ['2025-01-31', 1, '2025-02-28'],
      ['2024-01-31', 1, '2024-02-29'],
      ['2025-03-31', 6, '2025-09-30'],
      ['2024-02-29', 12, '2025-02-28'],
      ['2024-02-29', 36, '2027-02-28'],
      ['2025-11-30', 3, '2026-02-28'],
      ['2025-12-31', 12, '2026-12-31'],
      ['2025-10-31', 0, '2025-10-31'],
    ])('A9: decided on %s for %i months, disclosed through %s (day of decision not counted)', (decided, months, last) => {
      expect(disclosureEndsOn(decided, months)).toBe(last);
    });

    it('A9: a decision date that does not exist, or a negative or fractional period, is refused', () => {
      expect((thrown(() => disclosureEndsOn('2025-02-29', 3)) as InvalidInputError).details.rule).toBe('CALENDAR_DATE');
      expect((thrown(() => disclosureEndsOn('2025-03-01', -1)) as InvalidInputError).details.rule).toBe('DISCLOSURE_MONTHS_INTEGER');
      expect((thrown(() => disclosureEndsOn('2025-03-01', 1.5)) as InvalidInputError).details.rule).toBe('DISCLOSURE_MONTHS_INTEGER');
    });
  });

  describe('repairPossibleFrom', () => {
    it.each<[BreachClass, string, string]>([
      ['minor', '2025-03-10', '2025-03-11'],
      ['minor', '2025-12-31', '2026-01-01'],
      ['general', '2025-03-10', '2025-06-11'],
      ['general', '2025-11-30', '2026-03-01'],
      ['general', '2023-11-30', '2024-03-01'],
      ['serious', '2025-03-10', '2026-03-11'],
      ['serious', '2024-02-29', '2025-03-01'],
    ])('A9: a %s breach decided on %s may apply for repair from %s', (breachClass, decided, from) => {
      expect(repairPossibleFrom(breachClass, decided)).toBe(from);
    });

    it('A9: a decision date that does not exist is refused', () => {
      expect((thrown(() => repairPossibleFrom('general', '2025-13-01')) as InvalidInputError).details.rule).toBe('CALENDAR_DATE');
    });
  });

  describe('refusals cite A9', () => {
    it.each<[string, () => unknown, string]>([
      ['a fractional period', () => checkDisclosurePeriod('general', 1.5), 'DISCLOSURE_MONTHS_INTEGER'],
      ['a class off the list', () => checkDisclosurePeriod('grave' as BreachClass, 12), 'BREACH_CLASS'],
      ['a decision date that does not exist', () => disclosureEndsOn('2025-02-29', 3), 'CALENDAR_DATE'],
      ['a negative period', () => disclosureEndsOn('2025-03-01', -1), 'DISCLOSURE_MONTHS_INTEGER'],
      ['a repair after a decision date that does not exist', () => repairPossibleFrom('general', '2025-13-01'), 'CALENDAR_DATE'],
    ])('A9: %s is refused with its rule and article A9', (_case, run, rule) => {
      expect(thrown(run)).toMatchObject({ code: 'VALIDATION_FAILED', details: { rule }, article: 'A9' });
    });
  });
});
