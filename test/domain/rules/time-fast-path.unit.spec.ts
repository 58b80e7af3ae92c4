import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { compareInstants, endOfShanghaiDay, isValidCalendarDate, isValidInstant, shanghaiDateOf, startOfShanghaiDay } from '../../../domain/rules/time.js';
import { fuzzRuns } from '../../support/fuzz-runs.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dateText = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 0, max: 13 }), day: fc.integer({ min: 0, max: 32 }) })
  .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** Projections call these per event, so they avoid luxon where the answer is plain; they must agree with it everywhere. */
describe('docs/domain.md Time: fast date checks agree with the calendar library', () => {
  it('a YYYY-MM-DD text is a real calendar date exactly when luxon says so (leap years included)', () => {
    fc.assert(fc.property(dateText, (date) => {
      expect(isValidCalendarDate(date)).toBe(DateTime.fromISO(date, { zone: 'utc' }).isValid);
    }), { numRuns: fuzzRuns(5000) });
  });

  it('the Shanghai date of an instant matches luxon, at +08:00 and at other offsets', () => {
    const instant = fc.record({
      date: dateText.filter((d) => DateTime.fromISO(d, { zone: 'utc' }).isValid),
      hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }),
      offset: fc.constantFrom('+08:00', 'Z', '-05:00', '+09:00', '+14:00'),
    }).map(({ date, hour, minute, offset }) => `${date}T${pad(hour, 2)}:${pad(minute, 2)}:00.000${offset}`);
    fc.assert(fc.property(instant, (text) => {
      expect(isValidInstant(text)).toBe(true);
      expect(shanghaiDateOf(text)).toBe(DateTime.fromISO(text, { setZone: true }).setZone('Asia/Shanghai').toISODate());
    }), { numRuns: fuzzRuns(5000) });
  });

  const realDate = dateText.filter((d) => DateTime.fromISO(d, { zone: 'utc' }).isValid);

  it('the first and last instants of a Shanghai day match luxon (1986–1991 summers had +09:00)', () => {
    fc.assert(fc.property(realDate, (date) => {
      expect(startOfShanghaiDay(date)).toBe(DateTime.fromISO(date, { zone: 'Asia/Shanghai' }).startOf('day').toISO());
      expect(endOfShanghaiDay(date)).toBe(DateTime.fromISO(date, { zone: 'Asia/Shanghai' }).endOf('day').toISO());
    }), { numRuns: fuzzRuns(3000) });
  });

  it('instants compare as the time line does, whatever their layout and offset', () => {
    const instant = fc.record({
      date: realDate,
      hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }),
      fraction: fc.constantFrom('', '.5', '.123', '.999', '.000000001'), withSeconds: fc.boolean(),
      offset: fc.constantFrom('+08:00', '+08:00', 'Z', '+09:00', '-05:00'),
    }).map((p) => `${p.date}T${pad(p.hour, 2)}:${pad(p.minute, 2)}${p.withSeconds ? `:${pad(p.second, 2)}${p.fraction}` : ''}${p.offset}`);
    fc.assert(fc.property(instant, instant, (a, b) => {
      const expected = Math.sign(DateTime.fromISO(a, { setZone: true }).toMillis() - DateTime.fromISO(b, { setZone: true }).toMillis());
      expect(Math.sign(compareInstants(a, b))).toBe(expected);
    }), { numRuns: fuzzRuns(5000) });
  });
});
