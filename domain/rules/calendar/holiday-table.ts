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
    // A notice reaches at most into the neighbouring year (2018-12-30 in the 2019 notice).
    if (Math.abs(Number(date.slice(0, 4)) - year) > 1) {
      throw new InvalidInputError(at, 'HOLIDAY_TABLE_DATE_OUT_OF_YEAR', `${date} is too far from the notice year ${year}`, { date, year }, TIME_RULE);
    }
    if (seen.has(date)) {
      throw new InvalidInputError(at, 'HOLIDAY_TABLE_DUPLICATE', `${date} is listed twice`, { date }, TIME_RULE);
    }
    seen.add(date);
    return date;
  });
}
