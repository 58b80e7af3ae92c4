/**
 * Working days = Monday–Friday, minus statutory days off, plus adjusted working days, as the
 * loaded State Council notices say. A year whose notice is not loaded falls back to Monday–Friday
 * and is reported as provisional: service goes on, callers flag the result (docs/domain.md, Time).
 * The last days of a loaded year are provisional too until the next year's notice is loaded,
 * because that notice may rearrange them (see `isProvisional`).
 */
import { InvalidInputError } from '../../kernel/domain-error.js';
import { addCalendarDays, isoWeekdayOf, requireCalendarDate, TIME_RULE } from '../time.js';
import { type HolidayTable, parseHolidayTable } from './holiday-table.js';

type DayStatus = 'off' | 'work';

const FRIDAY = 5;

/**
 * Decision (docs/domain.md Time): from this day of December on, a date also waits for the next year's
 * notice. The 2019 notice (国办发明电〔2018〕15号) turned 2018-12-29 into a working day and
 * 2018-12-30..31 into days off, and the 2023 notice took 2022-12-31 off; the 24th leaves a
 * margin of a week before the earliest date any notice has reached back to.
 */
const LATE_DECEMBER_FROM = '12-24';

/** A day as a person reads the calendar: working, weekend, holiday (法定节假日), adjusted working day (调休上班). */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'adjusted-working';

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
        throw new InvalidInputError('tables', 'HOLIDAY_TABLE_CONFLICT', `${date} is ${earlier} in the ${sourceYear.get(date)} notice but ${status} in the ${year} notice`, { date }, TIME_RULE);
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

  /**
   * True when the answer for this date may still change: the notice for the date's year is not
   * loaded (the Mon–Fri fallback), or the date lies on or after 24 December of year Y while the
   * notice for Y+1 is not loaded, since that notice can rearrange late December (decision above).
   */
  isProvisional(date: string): boolean {
    const year = Number(requireCalendarDate(date).slice(0, 4));
    if (!this.years.includes(year)) return true;
    return date.slice(5) >= LATE_DECEMBER_FROM && !this.years.includes(year + 1);
  }

  /**
   * What kind of day `date` is, for a calendar drawn for people (A11's windows): a day off named by a
   * notice is a holiday even on a weekend; a weekend day a notice makes a working day is adjusted (调休).
   */
  kindOf(date: string): DayKind {
    const status = this.statusByDate.get(requireCalendarDate(date));
    const weekend = isoWeekdayOf(date) > FRIDAY;
    if (status === 'off') return 'holiday';
    if (status === 'work') return weekend ? 'adjusted-working' : 'working';
    return weekend ? 'weekend' : 'working';
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
