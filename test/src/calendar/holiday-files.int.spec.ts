import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { HolidayFileError, loadHolidayTables, SHIPPED_HOLIDAY_DIR } from '../../../src/calendar/holiday-files.js';

const table2027 = { year: 2027, notice: '国办发明电〔2026〕X号', off: ['2027-01-01'], work: [] };

describe('loadHolidayTables', () => {
  let root: string;
  const dir = (name: string): string => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const write = (folder: string, name: string, content: unknown): void => {
    writeFileSync(join(folder, name), typeof content === 'string' ? content : JSON.stringify(content));
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'holidays-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('SHIPPED_HOLIDAY_DIR is <package root>/domain/rules/calendar/data and holds 2017–2026', () => {
    expect(SHIPPED_HOLIDAY_DIR).toBe(resolve(dirname(fileURLToPath(import.meta.url)), '../../../domain/rules/calendar/data'));
    expect(existsSync(join(SHIPPED_HOLIDAY_DIR, 'cn-2025.json'))).toBe(true);
    expect(loadHolidayTables([SHIPPED_HOLIDAY_DIR]).map((t) => t.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('an operator directory adds a year without a code change', () => {
    const extra = dir('extra');
    write(extra, 'cn-2027.json', table2027);
    write(extra, 'README.txt', 'not a table');
    const tables = loadHolidayTables([SHIPPED_HOLIDAY_DIR, extra]);
    expect(tables.map((t) => t.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(tables.at(-1)).toEqual(table2027);
  });

  it('a later directory overrides the same year', () => {
    const first = dir('first');
    const second = dir('second');
    write(first, 'cn-2027.json', table2027);
    write(second, 'corrected-2027.json', { ...table2027, notice: 'corrected', off: ['2027-01-01', '2027-02-08'] });
    expect(loadHolidayTables([first, second])).toEqual([{ ...table2027, notice: 'corrected', off: ['2027-01-01', '2027-02-08'] }]);
    expect(loadHolidayTables([second, first])).toEqual([table2027]);
  });

  it('refuses two files for one year in one directory', () => {
    const folder = dir('twice');
    write(folder, 'a.json', table2027);
    write(folder, 'b.json', table2027);
    expect(() => loadHolidayTables([folder])).toThrow(HolidayFileError);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    const folder = dir('broken');
    write(folder, 'cn-2027.json', '{ "year": 2027,');
    expect(() => loadHolidayTables([folder])).toThrow(expect.objectContaining({ code: 'HOLIDAY_FILE_INVALID', file: join(folder, 'cn-2027.json') }));
  });

  it('refuses an invalid table, keeping the validation error as the cause', () => {
    const folder = dir('invalid');
    write(folder, 'cn-2027.json', { ...table2027, work: ['2027-01-04'] }); // a Monday
    try {
      loadHolidayTables([folder]);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(HolidayFileError);
      const cause = (error as HolidayFileError).cause;
      expect(cause).toBeInstanceOf(InvalidInputError);
      expect((cause as InvalidInputError).field).toBe('work[0]');
    }
  });

  it('refuses a directory that does not exist', () => {
    expect(() => loadHolidayTables([join(root, 'missing')])).toThrow(HolidayFileError);
  });

  it('an empty list of directories gives no tables', () => {
    expect(loadHolidayTables([])).toEqual([]);
  });
});
