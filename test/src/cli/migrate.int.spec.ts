import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { tempDir } from '../../support/temp-dir.js';
import { runCli, seedDataDir, SUBJECT_ID } from './cli-fixture.js';

/** Every event of a log in global order, as stored. */
async function logOf(dir: string): Promise<StoredEvent[]> {
  const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), schemas: domainEventSchemas() });
  try {
    return await store.readAll(0, 1000);
  } finally {
    await store.close();
  }
}

describe('cli migrate --from sqlite --to sqlite', () => {
  const source = tempDir('credit-ledger-cli-migrate-src-');
  const targets: Array<{ path: string; remove: () => void }> = [];
  const target = () => {
    const dir = tempDir('credit-ledger-cli-migrate-dst-');
    targets.push(dir);
    return dir.path;
  };
  beforeAll(() => seedDataDir(source.path));
  afterAll(() => {
    source.remove();
    targets.forEach((dir) => dir.remove());
  });

  it('copies the whole log with the same ids, revisions, positions, metadata and hashes, shows progress and verifies the target', async () => {
    const dir = target();
    const run = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/migrate \[#+\] 100% 4\/4 events in \d+:\d\d:\d\d, (…|[\d,]+) events\/s on average; 4 copied this run/);
    expect(run.stderr).toContain('verifying the target');
    expect(run.stdout).toContain('OK: migrated the whole log (4 events in 2 stream(s))');
    expect(await logOf(dir)).toEqual(await logOf(source.path));
    const verify = await runCli(dir, ['verify', '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toEqual({ ok: true, checkedEvents: 4, checkedStreams: 2, firstBroken: null });
  });

  it('resumes an interrupted migration after what the target holds, without duplicates', async () => {
    const dir = target();
    const first = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', dir, '--batch', '1', '--limit', '3']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('copied 3 of 4 events (--limit)');
    expect((await logOf(dir)).length).toBe(3);

    const second = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', dir, '--batch', '1']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('resumed after source position 3, 1 copied this run');
    expect(await logOf(dir)).toEqual(await logOf(source.path));

    const again = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 copied this run');
    expect(await logOf(dir)).toEqual(await logOf(source.path));
  }, 90_000); // three CLI children in a row on shared cores: more than jest's 30 s default when the machine is busy

  it('refuses a target that holds another log, and writes nothing to it', async () => {
    const dir = target();
    const other = tempDir('credit-ledger-cli-migrate-other-');
    targets.push(other);
    await seedDataDir(other.path);
    // Same streams and revisions, other event ids: a different log.
    const run = await runCli(other.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', dir]);
    expect(run.code).toBe(0);
    const refused = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('MIGRATION_TARGET_DIVERGES');
    expect(await logOf(dir)).toEqual(await logOf(other.path));
  });

  it('exits 1 when the copied chain does not verify (a tampered source is not laundered)', async () => {
    const tampered = tempDir('credit-ledger-cli-migrate-tampered-');
    targets.push(tampered);
    await seedDataDir(tampered.path);
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const db = new BetterSqlite3(join(tampered.path, 'events.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable_update');
    db.prepare("UPDATE events SET data = json_set(data, '$.breachClass', 'minor') WHERE stream = ? AND revision = 1").run(`subject-${SUBJECT_ID}`);
    db.close();
    const run = await runCli(tampered.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', target()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`BROKEN: the target's hash chain breaks at stream subject-${SUBJECT_ID} revision 1: hash-mismatch`);
  });

  it.each([
    [['--from', 'sqlite', '--to', 'sqlite'], '--to sqlite needs --target-dir'],
    [['--from', 'mongodb', '--to', 'sqlite', '--target-dir', '/tmp/x'], '--from must be sqlite'],
    [['--from', 'sqlite', '--to', 'postgres'], '--to must be sqlite or eventstore'],
    [['--from', 'sqlite', '--to', 'sqlite', '--target-dir', '/tmp/x', '--batch', '0'], '--batch must be an integer'],
  ])('exits 2 with the usage text for bad arguments %j', async (args, message) => {
    const run = await runCli(source.path, ['migrate', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run cli');
  });

  it('refuses DATA_DIR itself as the target', async () => {
    const run = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', source.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must not be DATA_DIR');
  });

  it('exits 78 naming EVENTSTORE_URL for --to eventstore without it', async () => {
    const run = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'eventstore'], { EVENTSTORE_URL: '' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('configuration EVENTSTORE_URL');
  });
});
