import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir.js';
import { runCli } from './cli-fixture.js';

/** A made-up 2027 notice (fixed test data): New Year's Day off, Saturday 2027-02-06 worked. */
const TABLE_2027 = { year: 2027, notice: '国办发明电〔2026〕99号', off: ['2027-01-01'], work: ['2027-02-06'] };

describe('cli calendar load (docs/domain.md: a new year without a code change)', () => {
  let dir: ReturnType<typeof tempDir>;
  const file = (name: string, content: unknown) => {
    const path = join(dir.path, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const installed = () => join(dir.path, 'data', 'calendar', 'cn-2027.json');
  const load = (...args: string[]) => runCli(join(dir.path, 'data'), ['calendar', 'load', ...args]);

  beforeEach(() => {
    dir = tempDir('credit-ledger-cli-calendar-');
  });
  afterEach(() => dir.remove());

  it('validates the table, installs it as DATA_DIR/calendar/cn-<year>.json and prints what it loaded', async () => {
    const run = await load(file('notice-2027.json', { ...TABLE_2027, source: 'ignored field' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`loaded ${installed()}`);
    expect(run.stdout).toContain('year 2027, notice 国办发明电〔2026〕99号');
    expect(run.stdout).toContain('1 days off: 2027-01-01');
    expect(run.stdout).toContain('1 adjusted working days: 2027-02-06');
    expect(JSON.parse(readFileSync(installed(), 'utf8'))).toEqual(TABLE_2027);
  });

  it('loading the same table again changes nothing', async () => {
    await load(file('a.json', TABLE_2027));
    const run = await load(file('b.json', TABLE_2027));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('unchanged');
  });

  it('refuses to overwrite a different table for the year unless --force', async () => {
    await load(file('a.json', TABLE_2027));
    const amended = { ...TABLE_2027, off: ['2027-01-01', '2027-02-05'] };
    const refused = await load(file('b.json', amended));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('HOLIDAY_TABLE_DIFFERS');
    expect(JSON.parse(readFileSync(installed(), 'utf8'))).toEqual(TABLE_2027);

    const forced = await load(file('b.json', amended), '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('replaced');
    expect(JSON.parse(readFileSync(installed(), 'utf8'))).toEqual(amended);
  });

  it('docs/domain.md Time: refuses a 2027 table whose dates lie in 2028 (it would make New Year\'s Day 2027 a working day), naming the date and the rule, and installs nothing', async () => {
    const run = await load(file('wrong-year.json', { year: 2027, notice: '国办发明电〔2026〕99号', off: ['2028-01-01', '2028-01-02'], work: ['2028-01-08'] }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HOLIDAY_TABLE_DATE_OUT_OF_YEAR');
    expect(run.stderr).toContain('2028-01-01');
    expect(existsSync(installed())).toBe(false);
  });

  it('docs/domain.md Time: refuses a table for 2027 that does not give New Year\'s Day off, and installs nothing', async () => {
    const run = await load(file('no-new-year.json', { ...TABLE_2027, off: ['2027-02-05'] }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HOLIDAY_TABLE_NEW_YEAR_MISSING');
    expect(existsSync(installed())).toBe(false);
  });

  it('refuses a table whose adjusted working day is a weekday, and installs nothing', async () => {
    const run = await load(file('bad.json', { ...TABLE_2027, work: ['2027-02-08'] }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('VALIDATION_FAILED');
    expect(run.stderr).toContain('HOLIDAY_TABLE_WORK_NOT_WEEKEND');
    expect(existsSync(installed())).toBe(false);
  });

  it('refuses a date that does not exist', async () => {
    const run = await load(file('bad.json', { ...TABLE_2027, off: ['2027-02-30'] }));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HOLIDAY_TABLE_DATE');
    expect(existsSync(installed())).toBe(false);
  });

  it('refuses a file that is not JSON', async () => {
    const run = await load(file('bad.json', '{ "year": 2027,'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('HOLIDAY_FILE_INVALID');
  });

  it('exits 2 with the usage text without a file or sub-command', async () => {
    expect((await load()).code).toBe(2);
    const run = await runCli(join(dir.path, 'data'), ['calendar']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('calendar: missing sub-command (load)');
  });
});
