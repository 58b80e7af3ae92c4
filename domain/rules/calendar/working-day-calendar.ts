/**
 * Working days = Monday–Friday, minus statutory days off, plus adjusted working days, as the
 * loaded State Council notices say. A year whose notice is not loaded falls back to Monday–Friday
 * and is reported as provisional: service goes on, callers flag the result (rules.md, Time).
 */
import { InvalidInputError } from '../../kernel/domain-error.js';
import { addCalendarDays, isoWeekdayOf, requireCalendarDate } from '../time.js';
import { type HolidayTable, parseHolidayTable } from './holiday-table.js';

type DayStatus = 'off' | 'work';

const FRIDAY = 5;

export class WorkingDayCalendar {
  private constructor(
    private readonly years: readonly number[],
    private readonly statusByDate: ReadonlyMap<string, DayStatus>,
  ) {}

  /** Tables are re-validated; for a year given twice the later table wins (an operator's correction). */
  static fromTables(tables: readonly HolidayTable[]): WorkingDayCalendar {
    const byYear = new Map<number, HolidayTable>();
    for (const table of tables) byYear.set(table.year, parseHolidayTable(table));

    const statusByDate = new Map<string, DayStatus>();
    const sourceYear = new Map<string, number>();
    const mark = (date: string, status: DayStatus, year: number): void => {
      const earlier = statusByDate.get(date);
      // Two notices may both name a date only if they agree on it.
      if (earlier !== undefined && earlier !== status) {
        throw new InvalidInputError('tables', 'HOLIDAY_TABLE_CONFLICT', `${date} is ${earlier} in the ${sourceYear.get(date)} notice but ${status} in the ${year} notice`, { date });
      }
      statusByDate.set(date, status);
      sourceYear.set(date, year);
    };
    for (const table of byYear.values()) {
      table.off.forEach((date) => mark(date, 'off', table.year));
      table.work.forEach((date) => mark(date, 'work', table.year));
    }
    return new WorkingDayCalendar(Object.freeze([...byYear.keys()].sort((a, b) => a - b)), statusByDate);
  }

  isWorkingDay(date: string): boolean {
    const status = this.statusByDate.get(requireCalendarDate(date));
    if (status !== undefined) return status === 'work';
    return isoWeekdayOf(date) <= FRIDAY;
  }

  /** True when the notice for the date's year is not loaded: the answer is the Mon–Fri fallback. */
  isProvisional(date: string): boolean {
    return !this.years.includes(Number(requireCalendarDate(date).slice(0, 4)));
  }

  coveredYears(): readonly number[] {
    return this.years;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    let day = addCalendarDays(requireCalendarDate(date), 1);
    while (!this.isWorkingDay(day)) day = addCalendarDays(day, 1);
    return day;
  }
}
