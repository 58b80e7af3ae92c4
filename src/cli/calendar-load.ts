import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HolidayTable } from '../../domain/rules/calendar/holiday-table.js';
import { SHIPPED_HOLIDAY_DIR, loadHolidayTables, readHolidayFile } from '../calendar/holiday-files.js';
import type { AppConfig } from '../config/app-config.js';
import { parseVerbArgs } from './args.js';
import { CliFailure, EXIT } from './cli-errors.js';
import type { CliIo } from './cli-io.js';

/**
 * `calendar load <file> [--force]`: a new year's State Council notice, validated by the same gate
 * as every table (parseHolidayTable), written as DATA_DIR/calendar/cn-<year>.json. A different
 * table already there for that year is kept unless --force: deadlines already computed rest on it.
 */
export async function calendarLoad(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { positionals, values } = parseVerbArgs('calendar load', args, { force: { type: 'boolean' } }, { min: 1, max: 1 });
  const table = readHolidayFile(positionals[0]!);
  const dir = join(config.dataDir, 'calendar');
  const target = join(dir, `cn-${table.year}.json`);
  // The service refuses to start on two files for one year in one folder: never create that.
  const existing = existsSync(dir) ? loadHolidayTables([dir]).find((t) => t.year === table.year) : undefined;
  if (existing && !existsSync(target))
    throw new CliFailure('HOLIDAY_YEAR_TAKEN', `${dir} already holds a table for ${table.year} in another file than ${basename(target)}: remove it first`);
  if (existing && sameTable(existing, table)) {
    io.out(`unchanged: ${target} already holds this table`);
    describeTable(table, io);
    return EXIT.ok;
  }
  if (existing && values.force !== true)
    throw new CliFailure('HOLIDAY_TABLE_DIFFERS', `${target} holds a different table for ${table.year} (${existing.notice}): pass --force to replace it`);

  mkdirSync(dir, { recursive: true });
  // Written aside then renamed: a crash never leaves a half-written table for the service to refuse.
  const temporary = join(dir, `.cn-${table.year}.json.tmp`);
  writeFileSync(temporary, `${JSON.stringify(table, null, 2)}\n`);
  renameSync(temporary, target);
  io.out(`${existing ? 'replaced' : 'loaded'} ${target}`);
  describeTable(table, io);
  const shipped = loadHolidayTables([SHIPPED_HOLIDAY_DIR]).find((t) => t.year === table.year);
  if (shipped && !sameTable(shipped, table)) io.err(`note: this table overrides the shipped ${table.year} table (${shipped.notice})`);
  io.err('the service reads holiday tables when it starts: restart it to apply this one');
  return EXIT.ok;
}

function sameTable(a: HolidayTable, b: HolidayTable): boolean {
  const key = (t: HolidayTable) => JSON.stringify({ year: t.year, notice: t.notice, off: [...t.off].sort(), work: [...t.work].sort() });
  return key(a) === key(b);
}

function describeTable(table: HolidayTable, io: CliIo): void {
  io.out(`  year ${table.year}, notice ${table.notice}`);
  io.out(`  ${table.off.length} days off: ${table.off.join(', ')}`);
  io.out(`  ${table.work.length} adjusted working days: ${table.work.join(', ')}`);
}
