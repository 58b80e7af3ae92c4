import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir.js';
import { runCli, seedDataDir, SUBJECT_ID } from './cli-fixture.js';

describe('cli verify', () => {
  const dir = tempDir('credit-ledger-cli-verify-');
  beforeAll(() => seedDataDir(dir.path));
  afterAll(() => dir.remove());

  it('reports an intact chain of the whole log and exits 0', async () => {
    const run = await runCli(dir.path, ['verify']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('OK: hash chain of the log is intact (4 events in 2 stream(s))');
    expect(run.stderr).toContain('verifying the whole log (4 events)');
  });

  it('verifies one stream and prints the report as JSON with --json', async () => {
    const run = await runCli(dir.path, ['verify', `subject-${SUBJECT_ID}`, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, checkedEvents: 3, checkedStreams: 1, firstBroken: null });
  });

  it('exits 1 for a stream that has no events, rather than calling it intact', async () => {
    const run = await runCli(dir.path, ['verify', 'subject-NOBODY']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('STREAM_NOT_FOUND');
  });

  it('exits 2 with the usage text for a malformed stream name', async () => {
    const run = await runCli(dir.path, ['verify', 'Not A Stream']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a stream name of the form category-id');
    expect(run.stderr).toContain('usage: npm run cli');
  });

  it('refuses a data directory without an event log instead of creating one', async () => {
    const empty = tempDir('credit-ledger-cli-empty-');
    try {
      const run = await runCli(empty.path, ['verify']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('NO_EVENT_LOG');
    } finally {
      empty.remove();
    }
  });
});

describe('cli verify on a tampered log', () => {
  const dir = tempDir('credit-ledger-cli-tampered-');
  beforeAll(async () => {
    await seedDataDir(dir.path);
    // What an intruder with file access would do: get past the immutability trigger and edit a breach.
    const db = new BetterSqlite3(join(dir.path, 'events.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable_update');
    db.prepare("UPDATE events SET data = json_set(data, '$.breachClass', 'minor') WHERE stream = ? AND revision = 1").run(`subject-${SUBJECT_ID}`);
    db.close();
  });
  afterAll(() => dir.remove());

  it('names the first broken event and exits 1 (whole log)', async () => {
    const run = await runCli(dir.path, ['verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`BROKEN: hash chain of the log breaks at stream subject-${SUBJECT_ID} revision 1 (position 3): hash-mismatch`);
  });

  it('exits 1 for the tampered stream and reports it as JSON', async () => {
    const run = await runCli(dir.path, ['verify', `subject-${SUBJECT_ID}`, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, firstBroken: { stream: `subject-${SUBJECT_ID}`, revision: 1, reason: 'hash-mismatch' } });
  });

  it('still passes an untouched stream of the same log', async () => {
    const run = await runCli(dir.path, ['verify', 'subject-91320583MA1ABCDE2X']);
    expect(run.code).toBe(0);
  });
});
