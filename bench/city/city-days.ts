/**
 * Calendar days as table lookups for planning a city: the demo's date helpers go through luxon
 * (tens of microseconds a call), which a million subjects cannot afford. The table is built with
 * plain UTC arithmetic (no zone rules: dates only) and covers 1950–2030; instants are Shanghai
 * time (+08:00, no daylight saving since 1991).
 */
import type { Prng } from '../../src/demo/prng.js';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1950, 0, 1);
const LAST = Date.UTC(2030, 11, 31);
const DATES: string[] = [];
const INDEX = new Map<string, number>();
for (let ms = FIRST; ms <= LAST; ms += DAY_MS) {
  INDEX.set(new Date(ms).toISOString().slice(0, 10), DATES.length);
  DATES.push(new Date(ms).toISOString().slice(0, 10));
}

function indexOf(date: string): number {
  const index = INDEX.get(date);
  if (index === undefined) throw new Error(`city-days: ${date} is not a calendar date from 1950 to 2030`);
  return index;
}

/** The table's index of a date, and the date at an index (for dates drawn by number). */
export const dayIndexOf = indexOf;
export const dateAtIndex = (index: number): string => DATES[index]!;

export function addDays(date: string, days: number): string {
  return DATES[indexOf(date) + days]!;
}

export function daysBetween(from: string, to: string): number {
  return indexOf(to) - indexOf(from);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1950-01-01 was a Sunday). */
export function isoWeekday(date: string): number {
  return ((indexOf(date) + 6) % 7) + 1;
}

/** Saturday or Sunday moves to the following Monday (as the demo's weekday()). */
export function weekday(date: string): string {
  const day = isoWeekday(date);
  return day === 6 ? addDays(date, 2) : day === 7 ? addDays(date, 1) : date;
}

/** A weekday between two dates, `from` included (as the demo's randomDate()). */
export function randomDate(rng: Prng, from: string, to: string): string {
  return weekday(addDays(from, rng.int(0, Math.max(0, daysBetween(from, to)))));
}

/** Epoch ms of an instant written `YYYY-MM-DDTHH:MM:SS+08:00` (the plan's form), or null for any other form. */
export function shanghaiInstantMs(instant: string): number | null {
  if (instant.length !== 25 || !instant.endsWith('+08:00') || instant[10] !== 'T') return null;
  const index = INDEX.get(instant.slice(0, 10));
  if (index === undefined) return null;
  const [h, m, s] = [Number(instant.slice(11, 13)), Number(instant.slice(14, 16)), Number(instant.slice(17, 19))];
  return FIRST + index * DAY_MS + ((h * 60 + m) * 60 + s) * 1000 - 8 * 3_600_000;
}
