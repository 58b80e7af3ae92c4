import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import {
  EARLIEST_AGENCY_FILING, MEASURE_IN_FORCE_FROM, requireAgencyFilingDate, requirePastSchemeDate, requireSchemeDate,
} from '../../../domain/rules/business-dates.js';

const NOW = '2026-03-06T10:00:00+08:00';

function refusal(run: () => unknown): { field: string; rule: unknown; article: string | undefined } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const e = error as InvalidInputError;
    return { field: e.field, rule: e.details['rule'], article: e.article };
  }
  throw new Error('expected a refusal');
}

describe('business dates: a plausible window (A31 and the filing floor)', () => {
  it('A31: the measure is in force from its date of issue, 2017-03-06', () => {
    expect(MEASURE_IN_FORCE_FROM).toBe('2017-03-06');
    expect(requireSchemeDate('2017-03-06', 'decisionDate', 'A9')).toBe('2017-03-06');
  });

  it.each(['0000-01-01', '1949-10-01', '2017-03-05'])('A31: a scheme date %s before the measure is refused as BEFORE_MEASURE naming the field', (date) => {
    expect(refusal(() => requireSchemeDate(date, 'decisionDate', 'A9'))).toEqual({ field: 'decisionDate', rule: 'BEFORE_MEASURE', article: 'A31' });
  });

  it('A9, A31: a past scheme date is at most today in Shanghai (the command\'s now, a value)', () => {
    expect(requirePastSchemeDate('2026-03-06', 'decisionDate', NOW, 'A9')).toBe('2026-03-06');
    expect(refusal(() => requirePastSchemeDate('2026-03-07', 'decisionDate', NOW, 'A9'))).toEqual({ field: 'decisionDate', rule: 'DATE_NOT_IN_FUTURE', article: 'A9' });
    expect(refusal(() => requirePastSchemeDate('0000-01-01', 'decisionDate', NOW, 'A9'))).toEqual({ field: 'decisionDate', rule: 'BEFORE_MEASURE', article: 'A31' });
    // Shanghai's today, not UTC's: 2026-03-06T23:30+08:00 is still the 6th.
    expect(requirePastSchemeDate('2026-03-06', 'checkedOn', '2026-03-06T15:30:00Z', 'A8')).toBe('2026-03-06');
  });

  it('A15, A20: a filing may predate the measure, not the 2014 outline (国发〔2014〕21号), and not lie in the future', () => {
    expect(EARLIEST_AGENCY_FILING).toBe('2014-06-14');
    expect(requireAgencyFilingDate('2015-05-20', 'filedOn', NOW, 'A20')).toBe('2015-05-20');
    expect(refusal(() => requireAgencyFilingDate('0000-01-01', 'filedOn', NOW, 'A20'))).toEqual({ field: 'filedOn', rule: 'FILING_DATE_TOO_EARLY', article: 'A20' });
    expect(refusal(() => requireAgencyFilingDate('2026-03-07', 'filedOn', NOW, 'A20'))).toEqual({ field: 'filedOn', rule: 'DATE_IN_FUTURE', article: 'A20' });
    expect(refusal(() => requireAgencyFilingDate('2026-02-30', 'filedOn', NOW, 'A20'))).toEqual({ field: 'filedOn', rule: 'CALENDAR_DATE', article: 'A20' });
  });
});
