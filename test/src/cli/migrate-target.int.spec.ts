import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { besideTheLog } from '../../../src/cli/migrate-beside-log.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { SqlitePersonalDataStore } from '../../../src/personal-data/sqlite/sqlite-personal-data-store.js';
import { Pseudonymizer } from '../../../src/personal-data/pseudonymizer.js';
import { lockDataDir } from '../../../src/storage/data-dir-lock.js';
import { tempDir } from '../../support/temp-dir.js';
import { runCli, seedDataDir } from './cli-fixture.js';

const KEY_HEX = '0f'.repeat(32);
const IDENTITY = '32058319800517123X';

/** Issue 14, item 9: where the rest of DATA_DIR goes for each target, and a target no service may hold. */
describe('cli migrate: the target directory and what stays in DATA_DIR', () => {
  const source = tempDir('credit-ledger-migrate-target-src-');
  beforeAll(async () => {
    await seedDataDir(source.path);
    mkdirSync(join(source.path, 'keys'), { recursive: true });
    writeFileSync(join(source.path, 'keys', 'pseudonym.key'), KEY_HEX, { mode: 0o600 });
    const persons = new SqlitePersonalDataStore(join(source.path, 'personal-data.sqlite'));
    const subjectId = new Pseudonymizer(Buffer.from(KEY_HEX, 'hex')).subjectIdFor(IDENTITY);
    await persons.put({ subjectId, fullName: '欧阳娜娜', identityNumber: IDENTITY, birthDate: '1980-05-17', recordedAt: '2026-12-02T10:00:00.000+08:00' });
    await persons.close();
  });
  afterAll(() => source.remove());

  it('refuses (exit 78, naming the holder) a target directory a service holds, and writes no log there', async () => {
    const target = tempDir('credit-ledger-migrate-target-held-');
    const held = lockDataDir(target.path, 'credit-ledger service');
    try {
      const run = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', target.path]);
      expect(run.code).toBe(78);
      expect(run.stderr).toContain(`"${target.path}" is in use by another credit-ledger process`);
      expect(existsSync(join(target.path, 'events.sqlite'))).toBe(false);
    } finally {
      held.release();
      target.remove();
    }
  }, 60_000); // a CLI child on shared cores

  it('--to eventstore: names what stays in DATA_DIR for the service on EventStoreDB, and checks its persons are findable there', async () => {
    // The EventStoreDB branch reads neither store (no server here): the SQLite log stands in for both.
    const log = new SqliteEventStore({ file: join(source.path, 'events.sqlite'), schemas: domainEventSchemas() });
    try {
      const lines = await besideTheLog(loadConfig({ DATA_DIR: source.path }), { kind: 'eventstore' }, log, log);
      expect(lines[0]).toBe(`kept in DATA_DIR ${source.path}: personal-data.sqlite, keys: the service on EventStoreDB reads them there: start it with this DATA_DIR (back it up as before)`);
      expect(lines).toContain('  persons findable: 1 of 1 person(s) lead back to their subject id with keys/pseudonym.key');
      const withOtherKey = () => besideTheLog(loadConfig({ DATA_DIR: source.path, PSEUDONYM_KEY: 'ab'.repeat(32) }), { kind: 'eventstore' }, log, log);
      await expect(withOtherKey()).rejects.toThrow('MIGRATION_PERSONS_UNFINDABLE');
    } finally {
      await log.close();
    }
  });
});
