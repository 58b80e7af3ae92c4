import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import {
  TIME_RULE,
  ZONE,
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  compareInstants,
  endOfShanghaiDay,
  isValidCalendarDate,
  isValidInstant,
  isoWeekdayOf,
  requireCalendarDate,
  requireInstant,
  shanghaiDateOf,
  startOfShanghaiDay,
} from '../../../domain/rules/time.js';

describe('time', () => {
  it('business dates are Asia/Shanghai', () => {
    expect(ZONE).toBe('Asia/Shanghai');
  });

  describe('isValidCalendarDate', () => {
    it.each(['2024-02-29', '2025-02-28', '2025-12-31', '2000-02-29'])('%s is a real date', (date) => {
      expect(isValidCalendarDate(date)).toBe(true);
    });
    it.each(['2025-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-1-5', '20250105', '2025-01-05T00:00:00+08:00', ''])(
      '%s is not',
      (date) => expect(isValidCalendarDate(date)).toBe(false),
    );
  });

  describe('isValidInstant', () => {
    it.each(['2026-03-05T17:30:00Z', '2026-03-06T09:30:00+08:00', '2026-03-06T09:30+08:00', '2026-03-06T09:30:00.123+08:00', '2026-03-06T01:30:00-05:00'])(
      '%s is an instant',
      (instant) => expect(isValidInstant(instant)).toBe(true),
    );
    it.each(['2026-03-06T09:30:00', '2026-03-06', '2025-02-29T10:00:00Z', '2026-03-06T24:00:00Z', '2026-03-06 09:30:00+08:00', '2026-03-06T09:30:00+25:00', 'yesterday'])(
      '%s is not (no offset, no real time, or not ISO)',
      (instant) => expect(isValidInstant(instant)).toBe(false),
    );
  });

  describe('shanghaiDateOf', () => {
    it('a late-evening UTC instant is the next day in Shanghai', () => {
      expect(shanghaiDateOf('2026-03-05T17:30:00Z')).toBe('2026-03-06');
      expect(shanghaiDateOf('2026-03-05T15:59:59.999Z')).toBe('2026-03-05');
      expect(shanghaiDateOf('2026-03-05T16:00:00Z')).toBe('2026-03-06');
    });
    it('reads any offset', () => {
      expect(shanghaiDateOf('2026-03-05T23:30:00-05:00')).toBe('2026-03-06');
      expect(shanghaiDateOf('2026-03-06T00:00:00+08:00')).toBe('2026-03-06');
    });
    it('refuses an instant without offset', () => {
      expect(() => shanghaiDateOf('2026-03-05T17:30:00')).toThrow(InvalidInputError);
    });
  });

  it('start and end of a Shanghai day', () => {
    expect(startOfShanghaiDay('2025-10-10')).toBe('2025-10-10T00:00:00.000+08:00');
    expect(endOfShanghaiDay('2025-10-10')).toBe('2025-10-10T23:59:59.999+08:00');
    expect(() => endOfShanghaiDay('2025-02-29')).toThrow(InvalidInputError);
  });

  describe('compareInstants', () => {
    it('compares by real time, not by text', () => {
      expect(compareInstants('2026-03-05T17:30:00Z', '2026-03-06T01:30:00+08:00')).toBe(0);
      expect(compareInstants('2026-03-06T01:00:00+08:00', '2026-03-05T17:30:00Z')).toBeLessThan(0);
      expect(compareInstants('2026-03-05T18:00:00Z', '2026-03-06T01:30:00+08:00')).toBeGreaterThan(0);
    });
    it('refuses a non-instant, naming the argument', () => {
      expect(() => compareInstants('2026-03-05', '2026-03-05T18:00:00Z')).toThrow(expect.objectContaining({ field: 'a' }));
    });
  });

  describe('addCalendarMonths', () => {
    it.each([
      ['2024-02-29', 12, '2025-02-28'],
      ['2025-01-31', 1, '2025-02-28'],
      ['2024-01-31', 1, '2024-02-29'],
      ['2025-03-31', 1, '2025-04-30'],
      ['2025-08-31', 1, '2025-09-30'],
      ['2025-06-15', 12, '2026-06-15'],
      ['2025-11-30', 3, '2026-02-28'],
      ['2025-12-31', 36, '2028-12-31'],
      ['2025-03-31', -1, '2025-02-28'],
      ['2025-06-15', 0, '2025-06-15'],
    ])('%s + %i months → %s (clamped to the month end)', (date, months, expected) => {
      expect(addCalendarMonths(date, months)).toBe(expected);
    });
    it('docs/domain.md Time: refuses an invalid date and a fractional month count', () => {
      expect(() => addCalendarMonths('2025-02-29', 12)).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'date', details: expect.objectContaining({ rule: 'CALENDAR_DATE' }), article: TIME_RULE }),
      );
      expect(() => addCalendarMonths('2025-02-28', 1.5)).toThrow(expect.objectContaining({ field: 'months', details: expect.objectContaining({ rule: 'INTEGER' }) }));
    });
  });

  it('docs/domain.md Time: a malformed date or instant is refused naming the field, the rule and the Time rule', () => {
    expect(TIME_RULE).toBe('docs/domain.md Time');
    expect(() => requireCalendarDate('2025-02-29', 'filedOn')).toThrow(
      expect.objectContaining({ field: 'filedOn', details: { field: 'filedOn', rule: 'CALENDAR_DATE' }, article: TIME_RULE }),
    );
    expect(() => requireInstant('2026-03-06T09:30:00', 'now')).toThrow(
      expect.objectContaining({ field: 'now', details: { field: 'now', rule: 'INSTANT' }, article: TIME_RULE }),
    );
  });

  it('calendar days: add, between, weekday', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(calendarDaysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(calendarDaysBetween('2024-02-29', '2025-02-28')).toBe(365);
    expect(calendarDaysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(isoWeekdayOf('2025-09-28')).toBe(7);
    expect(isoWeekdayOf('2020-02-03')).toBe(1);
  });
});
