import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { parseHolidayTable } from '../../../domain/rules/calendar/holiday-table.js';
import { WorkingDayCalendar } from '../../../domain/rules/calendar/working-day-calendar.js';
import { REVIEW_WORKING_DAYS, workingDayDeadline } from '../../../domain/rules/deadlines.js';
import { shippedJson } from './calendar/shipped-tables.js';

const calendar = WorkingDayCalendar.fromTables(shippedJson().map(parseHolidayTable));
const review = (receivedAt: string) => workingDayDeadline(calendar, receivedAt, REVIEW_WORKING_DAYS);

describe('workingDayDeadline', () => {
  it('A11: a review result is due within 5 working days', () => {
    expect(REVIEW_WORKING_DAYS).toBe(5);
  });

  // 09-26 receipt not counted; 09-27 Sat off; 09-28 adjusted working Sunday = 1; 09-29 = 2;
  // 09-30 = 3; 10-01..10-08 National Day; 10-09 = 4; 10-10 = 5.
  it('A11: a review requested on 2025-09-26 is due at the end of 2025-10-10', () => {
    expect(review('2025-09-26T10:00:00+08:00')).toEqual({ dueAt: '2025-10-10T23:59:59.999+08:00', dueDate: '2025-10-10', provisional: false });
  });

  it('A11: the day of receipt is not counted, even received at its first instant (2025-03-03 → 2025-03-10)', () => {
    expect(review('2025-03-03T00:00:00+08:00').dueDate).toBe('2025-03-10');
    expect(review('2025-03-03T23:59:59.999+08:00').dueDate).toBe('2025-03-10');
  });

  it('A11: a request received on a Saturday starts counting on the next working day (2025-03-08 → 2025-03-14)', () => {
    expect(review('2025-03-08T11:00:00+08:00').dueDate).toBe('2025-03-14');
    expect(review('2025-03-07T11:00:00+08:00').dueDate).toBe('2025-03-14'); // the Friday before gives the same day
  });

  it('A11: received on Saturday 2025-09-27, the adjusted working Sunday 09-28 is day 1 → 2025-10-10', () => {
    expect(review('2025-09-27T09:00:00+08:00').dueDate).toBe('2025-10-10');
  });

  // 10-09 = 1, 10-10 = 2, 10-11 (adjusted Saturday) = 3, 10-12 Sun off, 10-13 = 4, 10-14 = 5.
  it('A11: a request received on a holiday (2025-10-03) is due at the end of 2025-10-14', () => {
    expect(review('2025-10-03T15:00:00+08:00')).toEqual({ dueAt: '2025-10-14T23:59:59.999+08:00', dueDate: '2025-10-14', provisional: false });
  });

  it('A11: a late-evening UTC instant counts from its Shanghai date (2026-03-05T17:30Z is Friday 2026-03-06)', () => {
    expect(review('2026-03-05T17:30:00Z').dueDate).toBe('2026-03-13');
    expect(review('2026-03-05T15:59:59Z').dueDate).toBe('2026-03-12'); // still Thursday 03-05 in Shanghai
  });

  // 12-30 = 1, 12-31 = 2, 2026-01-01..01-03 off, 01-04 (adjusted Sunday) = 3, 01-05 = 4, 01-06 = 5.
  it('A11: across a year boundary, 2025-12-29 → 2026-01-06', () => {
    expect(review('2025-12-29T16:00:00+08:00')).toEqual({ dueAt: '2026-01-06T23:59:59.999+08:00', dueDate: '2026-01-06', provisional: false });
  });

  describe('A11: a year with no notice loaded (2027) — Mon–Fri fallback, provisional', () => {
    it('a count that reaches into 2027 is provisional (2026-12-28 → 2027-01-04)', () => {
      expect(review('2026-12-28T10:00:00+08:00')).toEqual({ dueAt: '2027-01-04T23:59:59.999+08:00', dueDate: '2027-01-04', provisional: true });
    });
    it('a count wholly in 2027 is provisional (2027-03-01 → 2027-03-08)', () => {
      expect(review('2027-03-01T10:00:00+08:00')).toEqual({ dueAt: '2027-03-08T23:59:59.999+08:00', dueDate: '2027-03-08', provisional: true });
    });
    // Was 2026-12-20 → 2026-12-25, not provisional; with the late-December decision (from 12-24 a
    // date waits for the next year's notice) that count is provisional, so the plain case moves earlier.
    it('A11: a count that ends before 24 December is not (2026-12-16 → 2026-12-23)', () => {
      expect(review('2026-12-16T10:00:00+08:00')).toEqual({ dueAt: '2026-12-23T23:59:59.999+08:00', dueDate: '2026-12-23', provisional: false });
    });
    it('A11, docs/domain.md Time (decision): a count over 2026-12-24 is provisional while the 2027 notice is not loaded (2026-12-20 → 2026-12-25)', () => {
      expect(review('2026-12-20T10:00:00+08:00')).toEqual({ dueAt: '2026-12-25T23:59:59.999+08:00', dueDate: '2026-12-25', provisional: true });
    });
    it('a receipt late on 2026-12-31 UTC is already 2027 in Shanghai', () => {
      expect(review('2026-12-31T16:30:00Z')).toEqual({ dueAt: '2027-01-08T23:59:59.999+08:00', dueDate: '2027-01-08', provisional: true });
    });
  });

  it('other working-day periods: 2 working days from 2025-09-30 end on 2025-10-10', () => {
    expect(workingDayDeadline(calendar, '2025-09-30T09:00:00+08:00', 2).dueDate).toBe('2025-10-10');
  });

  it('A11: refuses a receipt that is not an instant and a count that is not a positive integer', () => {
    expect(() => review('2025-09-26')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'receivedAt', details: expect.objectContaining({ rule: 'INSTANT' }), article: 'docs/domain.md Time' }),
    );
    for (const days of [0, -1, 1.5, Number.NaN]) {
      expect(() => workingDayDeadline(calendar, '2025-09-26T10:00:00+08:00', days)).toThrow(InvalidInputError);
      expect(() => workingDayDeadline(calendar, '2025-09-26T10:00:00+08:00', days)).toThrow(
        expect.objectContaining({ field: 'workingDays', details: expect.objectContaining({ rule: 'WORKING_DAYS_POSITIVE' }), article: 'A11' }),
      );
    }
  });
});
