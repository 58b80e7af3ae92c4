import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { movePersonalData } from '../../../src/cli/migrate-personal-data.js';
import type { PersonalRecord } from '../../../src/personal-data/personal-data.port.js';
import { SqlitePersonalDataStore } from '../../../src/personal-data/sqlite/sqlite-personal-data-store.js';
import { tempDir } from '../../support/temp-dir.js';

const person = (n: number): PersonalRecord => ({
  subjectId: `P${String(n).padStart(32, '0')}`, fullName: `测试${n}`, identityNumber: `32058319800517${String(n).padStart(3, '0')}X`,
  birthDate: '1980-05-17', recordedAt: '2026-12-02T10:00:00.000+08:00',
});

/** Issue 14, item 9 (A28): the personal-data store moves with the log; a target's own persons are never lost or resurrected. */
describe('migrate: the personal-data store beside the log (A28)', () => {
  let dir: ReturnType<typeof tempDir>;
  const source = () => join(dir.path, 'source', 'personal-data.sqlite');
  const target = () => join(dir.path, 'target', 'personal-data.sqlite');
  const withStore = async (file: string, act: (store: SqlitePersonalDataStore) => Promise<unknown>) => {
    const store = new SqlitePersonalDataStore(file);
    try {
      await act(store);
    } finally {
      await store.close();
    }
  };
  const lookup = async (file: string, n: number) => {
    let found: unknown;
    await withStore(file, async (store) => (found = await store.get(person(n).subjectId)));
    return found;
  };

  beforeEach(async () => {
    dir = tempDir('credit-ledger-migrate-persons-');
    await withStore(source(), async (store) => {
      await store.put(person(1));
      await store.put(person(2));
    });
  });
  afterEach(() => dir.remove());

  it('copies the store whole into a target without one', async () => {
    expect(movePersonalData(source(), target())).toBe('copied (2 person record(s), erased ones included as erased)');
    expect(await lookup(target(), 2)).toEqual({ state: 'present', record: person(2) });
  });

  it('says so and moves nothing when the source has no store (no person registered)', () => {
    expect(movePersonalData(join(dir.path, 'nowhere', 'personal-data.sqlite'), target())).toContain('none in the source');
    expect(existsSync(target())).toBe(false);
  });

  it('brings a target up to date when the source registered a person and erased another since the first run (A28: the erasure reaches the copy)', async () => {
    movePersonalData(source(), target());
    await withStore(source(), async (store) => {
      await store.put(person(3));
      await store.erase(person(1).subjectId, '2026-12-03T09:00:00.000+08:00', 'A28 erasure order 1');
    });
    expect(movePersonalData(source(), target())).toContain('copied (3 person record(s)');
    expect(await lookup(target(), 3)).toEqual({ state: 'present', record: person(3) });
    expect(await lookup(target(), 1)).toMatchObject({ state: 'erased', basis: 'A28 erasure order 1' });
  });

  it('refuses, overwriting nothing, a target holding a person the source does not (a service ran on the target)', async () => {
    movePersonalData(source(), target());
    await withStore(target(), (store) => store.put(person(9)));
    expect(() => movePersonalData(source(), target())).toThrow(`MIGRATION_TARGET_DIVERGES: the target's personal-data.sqlite holds person ${person(9).subjectId} which the source does not`);
    expect(await lookup(target(), 9)).toEqual({ state: 'present', record: person(9) });
  });

  it('refuses to bring back a person the target has erased (A28)', async () => {
    movePersonalData(source(), target());
    await withStore(target(), (store) => store.erase(person(2).subjectId, '2026-12-03T09:00:00.000+08:00', 'A28 erasure order 2'));
    expect(() => movePersonalData(source(), target())).toThrow('differently from the source');
    expect(await lookup(target(), 2)).toMatchObject({ state: 'erased' });
  });
});
