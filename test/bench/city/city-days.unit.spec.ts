import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addCalendarDays, calendarDaysBetween, isoWeekdayOf } from '../../../domain/rules/time.js';
import { addDays, daysBetween, isoWeekday, shanghaiInstantMs } from '../../../bench/city/city-days.js';
import { recordedInstant } from '../../../bench/city/decide-in-memory.js';
import { parseInstantMs, shanghaiIso } from '../../../src/shared/clock.js';

// The city generator's table-lookup dates must say exactly what the domain's luxon rules say,
// and its recordedAt must be the text the store stamps (shanghaiIso of the instant).
const dateIn = (from: string, to: string) => fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// The table covers 1950–2030; the generator moves at most a few hundred days from a date in it.
const date = dateIn('1951-01-01', '2029-12-31');

describe('city days (bench:city) agree with the domain calendar', () => {
  it('adds days, counts days between dates and names the weekday as rules/time.ts does', () => {
    fc.assert(fc.property(date, date, fc.integer({ min: -300, max: 300 }), (a, b, n) => {
      expect(addDays(a, n)).toBe(addCalendarDays(a, n));
      expect(daysBetween(a, b)).toBe(calendarDaysBetween(a, b));
      expect(isoWeekday(a)).toBe(isoWeekdayOf(a));
    }));
  });

  it('reads a plan instant (…+08:00) as luxon does and stamps recordedAt as the store does (Shanghai daylight saving 1986–1991 included)', () => {
    const instant = fc.tuple(dateIn('1980-01-01', '2029-12-31'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
      .map(([d, h, m, s]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}+08:00`);
    fc.assert(fc.property(instant, (at) => {
      expect(shanghaiInstantMs(at)).toBe(parseInstantMs(at));
      expect(recordedInstant(at)).toEqual({ ms: parseInstantMs(at), recordedAt: shanghaiIso(parseInstantMs(at)!) });
    }));
  });

  it('leaves any other form of instant to luxon', () => {
    expect(shanghaiInstantMs('2026-03-06T09:30:00Z')).toBeNull();
    expect(recordedInstant('2026-03-06T01:30:00Z')).toEqual({ ms: parseInstantMs('2026-03-06T01:30:00Z'), recordedAt: '2026-03-06T09:30:00.000+08:00' });
  });
});
