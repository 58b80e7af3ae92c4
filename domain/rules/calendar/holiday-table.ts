/**
 * One State Council General Office notice (国务院办公厅关于XXXX年部分节假日安排的通知) as data.
 * Tables ship as JSON, one file per notice year, so an operator adds a year without a code change;
 * this module is the gate every table passes through, whatever its origin.
 */
import { InvalidInputError } from '../../kernel/domain-error.js';
import { isoWeekdayOf, isValidCalendarDate, TIME_RULE } from '../time.js';

export interface HolidayTable {
  /** The year the notice is for. */
  readonly year: number;
  /** The notice's document number, e.g. `国办发明电〔2024〕12号`. */
  readonly notice: string;
  /** Days off, ranges expanded; may include dates of the neighbouring year (2019, 2023 notices). */
  readonly off: readonly string[];
  /** Adjusted working days (调休上班日): always a Saturday or Sunday. */
  readonly work: readonly string[];
}

const SATURDAY = 6;

/**
 * A notice reaches back into the previous year only for the days around New Year (the 2019 notice:
 * 2018-12-29 worked, 12-30 and 12-31 off) — never further, and never into the next year, whose
 * New Year belongs to the next notice. So a 2027 table of 2028 dates is refused, not installed.
 */
const PREVIOUS_YEAR_FROM = '12-24';

export function parseHolidayTable(input: unknown): HolidayTable {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError('table', 'HOLIDAY_TABLE_SHAPE', 'a holiday table must be an object {year, notice, off, work}', {}, TIME_RULE);
  }
  const raw = input as Record<string, unknown>;
  const year = raw['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new InvalidInputError('year', 'HOLIDAY_TABLE_YEAR', `${JSON.stringify(year)} is not a notice year`, {}, TIME_RULE);
  }
  const notice = raw['notice'];
  if (typeof notice !== 'string' || notice.trim() === '') {
    throw new InvalidInputError('notice', 'HOLIDAY_TABLE_NOTICE', 'the notice number is required', {}, TIME_RULE);
  }
  const off = parseDates(raw['off'], 'off', year);
  const work = parseDates(raw['work'], 'work', year);

  work.forEach((date, i) => {
    if (isoWeekdayOf(date) < SATURDAY) {
      throw new InvalidInputError(`work[${i}]`, 'HOLIDAY_TABLE_WORK_NOT_WEEKEND', `${date} is a weekday: an adjusted working day is always a Saturday or Sunday`, { date }, TIME_RULE);
    }
  });
  const offSet = new Set(off);
  // 《全国年节及纪念日放假办法》 art. 2: New Year's Day is a day off in every year; a notice without it is for another year or mistyped.
  const newYear = `${year}-01-01`;
  if (!offSet.has(newYear)) {
    throw new InvalidInputError('off', 'HOLIDAY_TABLE_NEW_YEAR_MISSING', `the ${year} table does not list ${newYear} (New Year's Day) as a day off: it is not a ${year} notice`, { year, date: newYear }, TIME_RULE);
  }
  work.forEach((date, i) => {
    if (offSet.has(date)) {
      throw new InvalidInputError(`work[${i}]`, 'HOLIDAY_TABLE_OFF_AND_WORK', `${date} is listed both as a day off and as a working day`, { date }, TIME_RULE);
    }
  });
  return Object.freeze({ year, notice, off: Object.freeze(off), work: Object.freeze(work) });
}

function parseDates(value: unknown, field: 'off' | 'work', year: number): string[] {
  if (!Array.isArray(value)) {
    throw new InvalidInputError(field, 'HOLIDAY_TABLE_SHAPE', `${field} must be an array of YYYY-MM-DD dates`, {}, TIME_RULE);
  }
  const seen = new Set<string>();
  return value.map((date: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof date !== 'string' || !isValidCalendarDate(date)) {
      throw new InvalidInputError(at, 'HOLIDAY_TABLE_DATE', `${JSON.stringify(date)} is not a real calendar date YYYY-MM-DD`, {}, TIME_RULE);
    }
    if (!withinNoticeYear(date, year)) {
      throw new InvalidInputError(at, 'HOLIDAY_TABLE_DATE_OUT_OF_YEAR', `${date} lies outside the notice year ${year} (only ${year - 1}-${PREVIOUS_YEAR_FROM} to ${year}-12-31 may appear)`, { date, year }, TIME_RULE);
    }
    if (seen.has(date)) {
      throw new InvalidInputError(at, 'HOLIDAY_TABLE_DUPLICATE', `${date} is listed twice`, { date }, TIME_RULE);
    }
    seen.add(date);
    return date;
  });
}

function withinNoticeYear(date: string, year: number): boolean {
  const dateYear = Number(date.slice(0, 4));
  return dateYear === year || (dateYear === year - 1 && date.slice(5) >= PREVIOUS_YEAR_FROM);
}
