/**
 * The shipped notices 2017–2026 (holidays-cn.md): every day off and every adjusted working day,
 * generated from the JSON data, and the data checked against a hand-written copy of the table.
 */
import { describe, it, expect } from '@jest/globals';
import { type HolidayTable, parseHolidayTable } from '../../../../domain/rules/calendar/holiday-table.js';
import { WorkingDayCalendar } from '../../../../domain/rules/calendar/working-day-calendar.js';
import { addCalendarDays, isoWeekdayOf } from '../../../../domain/rules/time.js';
import { shippedJson } from './shipped-tables.js';

const tables: HolidayTable[] = shippedJson().map(parseHolidayTable);
const calendar = WorkingDayCalendar.fromTables(tables);

// holidays-cn.md, typed again by hand: ranges inclusive; a bare MM-DD takes the last year written.
const NOTICES: Record<number, { notice: string; off: string; work: string }> = {
  2017: { notice: '国办发明电〔2016〕17号', off: '2017-01-01..01-02, 01-27..02-02, 04-02..04-04, 05-01, 05-28..05-30, 10-01..10-08', work: '2017-01-22, 02-04, 04-01, 05-27, 09-30' },
  2018: { notice: '国办发明电〔2017〕12号', off: '2018-01-01, 02-15..02-21, 04-05..04-07, 04-29..05-01, 06-18, 09-24, 10-01..10-07', work: '2018-02-11, 02-24, 04-08, 04-28, 09-29, 09-30' },
  2019: { notice: '国办发明电〔2018〕15号, amended by 〔2019〕3号', off: '2018-12-30..2019-01-01, 2019-02-04..02-10, 04-05, 05-01..05-04, 06-07, 09-13, 10-01..10-07', work: '2018-12-29, 2019-02-02, 02-03, 04-28, 05-05, 09-29, 10-12' },
  2020: { notice: '国办发明电〔2019〕16号, extended by 〔2020〕1号', off: '2020-01-01, 01-24..02-02, 04-04..04-06, 05-01..05-05, 06-25..06-27, 10-01..10-08', work: '2020-01-19, 04-26, 05-09, 06-28, 09-27, 10-10' },
  2021: { notice: '国办发明电〔2020〕27号', off: '2021-01-01..01-03, 02-11..02-17, 04-03..04-05, 05-01..05-05, 06-12..06-14, 09-19..09-21, 10-01..10-07', work: '2021-02-07, 02-20, 04-25, 05-08, 09-18, 09-26, 10-09' },
  2022: { notice: '国办发明电〔2021〕11号', off: '2022-01-01..01-03, 01-31..02-06, 04-03..04-05, 04-30..05-04, 06-03..06-05, 09-10..09-12, 10-01..10-07', work: '2022-01-29, 01-30, 04-02, 04-24, 05-07, 10-08, 10-09' },
  2023: { notice: '国办发明电〔2022〕16号', off: '2022-12-31..2023-01-02, 2023-01-21..01-27, 04-05, 04-29..05-03, 06-22..06-24, 09-29..10-06', work: '2023-01-28, 01-29, 04-23, 05-06, 06-25, 10-07, 10-08' },
  2024: { notice: '国办发明电〔2023〕7号', off: '2024-01-01, 02-10..02-17, 04-04..04-06, 05-01..05-05, 06-10, 09-15..09-17, 10-01..10-07', work: '2024-02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12' },
  2025: { notice: '国办发明电〔2024〕12号', off: '2025-01-01, 01-28..02-04, 04-04..04-06, 05-01..05-05, 05-31..06-02, 10-01..10-08', work: '2025-01-26, 02-08, 04-27, 09-28, 10-11' },
  2026: { notice: '国办发明电〔2025〕7号', off: '2026-01-01..01-03, 02-15..02-23, 04-04..04-06, 05-01..05-05, 06-19..06-21, 09-25..09-27, 10-01..10-07', work: '2026-01-04, 02-14, 02-28, 05-09, 09-20, 10-10' },
};

function expand(list: string): string[] {
  let year = '';
  const full = (part: string): string => {
    if (part.length === 10) year = part.slice(0, 4);
    return part.length === 10 ? part : `${year}-${part}`;
  };
  return list.split(', ').flatMap((item) => {
    const [from, to] = item.split('..').map(full);
    const days: string[] = [];
    for (let d = from; d <= (to ?? from); d = addCalendarDays(d, 1)) days.push(d);
    return days;
  });
}

const offRows = tables.flatMap((t) => t.off.map((date) => [t.year, date] as const));
const workRows = tables.flatMap((t) => t.work.map((date) => [t.year, date] as const));

describe('shipped holiday data', () => {
  it('holds one file per notice year 2017–2026', () => {
    expect(tables.map((t) => t.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(Object.entries(NOTICES))('the %s data file transcribes holidays-cn.md exactly', (year, expected) => {
    const table = tables.find((t) => t.year === Number(year));
    expect(table).toEqual({ year: Number(year), notice: expected.notice, off: expand(expected.off), work: expand(expected.work) });
  });

  it.each(offRows)('notice %i: %s is a day off', (_year, date) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.isProvisional(date)).toBe(false);
  });

  it.each(workRows)('notice %i: %s is an adjusted working day (a weekend day)', (_year, date) => {
    expect(isoWeekdayOf(date)).toBeGreaterThanOrEqual(6);
    expect(calendar.isWorkingDay(date)).toBe(true);
  });

  it('every other day of 2017–2026 follows Mon–Fri', () => {
    const listed = new Set([...offRows, ...workRows].map(([, date]) => date));
    const mismatches: string[] = [];
    for (let d = '2017-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
      if (!listed.has(d) && calendar.isWorkingDay(d) !== isoWeekdayOf(d) <= 5) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });

  describe('hand-checked samples (years public data sets get wrong)', () => {
    it('2020: the extension makes 01-31..02-02 off; 2020-02-03 is a normal Monday, not an adjusted day', () => {
      for (const date of ['2020-01-24', '2020-01-30', '2020-01-31', '2020-02-01', '2020-02-02']) expect(calendar.isWorkingDay(date)).toBe(false);
      expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
      expect(workRows.map(([, date]) => date)).not.toContain('2020-02-03');
      expect(calendar.isWorkingDay('2020-01-19')).toBe(true);
    });

    it('2026 Spring Festival: 02-15..02-23 off, 02-14 and 02-28 (Saturdays) working', () => {
      const off = ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'];
      for (const date of off) expect(calendar.isWorkingDay(date)).toBe(false);
      expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
      expect(calendar.isWorkingDay('2026-03-01')).toBe(false);
    });

    it('2025 National Day: 10-01..10-08 off, 09-28 (Sunday) and 10-11 (Saturday) working', () => {
      const off = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'];
      for (const date of off) expect(calendar.isWorkingDay(date)).toBe(false);
      expect(calendar.isWorkingDay('2025-09-27')).toBe(false);
      expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
      expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
      expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
      expect(calendar.isWorkingDay('2025-10-12')).toBe(false);
    });

    it('2019 and 2023 notices reach into the previous year', () => {
      expect(calendar.isWorkingDay('2018-12-29')).toBe(true);
      expect(calendar.isWorkingDay('2018-12-31')).toBe(false);
      expect(calendar.isWorkingDay('2022-12-31')).toBe(false);
      expect(calendar.isWorkingDay('2023-01-02')).toBe(false);
    });
  });
});
