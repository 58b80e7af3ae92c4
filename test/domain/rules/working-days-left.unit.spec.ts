import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { parseHolidayTable } from '../../../domain/rules/calendar/holiday-table.js';
import { WorkingDayCalendar } from '../../../domain/rules/calendar/working-day-calendar.js';
import { workingDayDeadline, workingDaysLeft } from '../../../domain/rules/deadlines.js';
import { addCalendarDays } from '../../../domain/rules/time.js';
import { fuzzRuns } from '../../support/fuzz-runs.js';
import { shippedJson } from './calendar/shipped-tables.js';

const calendar = WorkingDayCalendar.fromTables(shippedJson().map(parseHolidayTable));
const left = (now: string, dueAt: string) => workingDaysLeft(calendar, now, dueAt);
// 2025-09-26 + 5 working days = 2025-10-10 (A11, across National Day: see deadlines.unit.spec.ts)
const DUE = '2025-10-10T23:59:59.999+08:00';

describe('workingDaysLeft (A11 count, as workingDayDeadline counts)', () => {
  it('A11: on the day a 5-working-day deadline is set, 5 are left; the adjusted working Sunday counts, the National Day holidays do not', () => {
    expect(left('2025-09-26T10:00:00+08:00', DUE)).toBe(5);
    expect(left('2025-09-28T10:00:00+08:00', DUE)).toBe(4); // 09-29, 09-30, 10-09, 10-10
    expect(left('2025-10-03T10:00:00+08:00', DUE)).toBe(2); // 10-09, 10-10
  });

  it('A11: one left on the last working day before the due day, 0 on the due day, 0 on the weekend just after', () => {
    expect(left('2025-10-09T08:00:00+08:00', DUE)).toBe(1);
    expect(left('2025-10-10T23:00:00+08:00', DUE)).toBe(0);
    // Due Friday 2025-03-14: on Saturday no working day is left and none has gone by yet
    expect(left('2025-03-15T09:00:00+08:00', '2025-03-14T23:59:59.999+08:00')).toBe(0);
    expect(left('2025-03-17T09:00:00+08:00', '2025-03-14T23:59:59.999+08:00')).toBe(-1);
  });

  it('A11: negative once overdue, by the working days gone by after the due day (2025-10-11 is an adjusted working Saturday)', () => {
    expect(left('2025-10-11T09:00:00+08:00', DUE)).toBe(-1);
    expect(left('2025-10-12T09:00:00+08:00', DUE)).toBe(-1); // Sunday off: still one working day gone
    expect(left('2025-10-13T09:00:00+08:00', DUE)).toBe(-2);
  });

  it('A11: a deadline of n working days set now has n working days left now (property over 2025–2026, 1–30 days)', () => {
    const instant = fc.record({ day: fc.integer({ min: 0, max: 700 }), hour: fc.integer({ min: 0, max: 23 }) })
      .map(({ day, hour }) => `${addCalendarDays('2025-01-01', day)}T${String(hour).padStart(2, '0')}:30:00+08:00`);
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 30 }), (now, n) => {
      expect(left(now, workingDayDeadline(calendar, now, n).dueAt)).toBe(n);
    }), { numRuns: fuzzRuns(2000) });
  });
});
