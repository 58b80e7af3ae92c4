/**
 * Loads the State Council holiday notices from JSON files: the shipped ones in
 * domain/rules/calendar/data plus any directory an operator adds (a new year, no code change).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HolidayTable, parseHolidayTable } from '../../domain/rules/calendar/holiday-table.js';
import { PACKAGE_ROOT } from '../shared/package-root.js';

/** A holiday file that cannot be read or is not a valid table: the service must not start on it. */
export class HolidayFileError extends Error {
  readonly code = 'HOLIDAY_FILE_INVALID';

  constructor(readonly file: string, reason: string, options?: { cause?: unknown }) {
    super(`HOLIDAY_FILE_INVALID: ${file}: ${reason}`, options);
    this.name = 'HolidayFileError';
  }
}

/**
 * Every `*.json` of each directory, in order; a later directory overrides the same notice year.
 * Two files for one year inside one directory are ambiguous and refused.
 */
export function loadHolidayTables(dirs: readonly string[]): HolidayTable[] {
  const byYear = new Map<number, HolidayTable>();
  for (const dir of dirs) {
    const fileOfYear = new Map<number, string>();
    for (const file of jsonFilesIn(dir)) {
      const table = readHolidayFile(file);
      const twin = fileOfYear.get(table.year);
      if (twin !== undefined) throw new HolidayFileError(file, `year ${table.year} is already given by ${twin}`);
      fileOfYear.set(table.year, file);
      byYear.set(table.year, table);
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function jsonFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch (cause) {
    throw new HolidayFileError(dir, 'the holiday directory cannot be read', { cause });
  }
}

/** One holiday file, read and checked by the same gate as every table (parseHolidayTable). */
export function readHolidayFile(file: string): HolidayTable {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new HolidayFileError(file, `not readable JSON (${(cause as Error).message})`, { cause });
  }
  try {
    return parseHolidayTable(json);
  } catch (cause) {
    throw new HolidayFileError(file, (cause as Error).message, { cause });
  }
}

/** The tables shipped with the code; the build does not copy them to dist/, so always the source folder. */
export const SHIPPED_HOLIDAY_DIR = join(PACKAGE_ROOT, 'domain', 'rules', 'calendar', 'data');
