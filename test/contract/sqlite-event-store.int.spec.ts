import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { InvalidAppend, WrongExpectedRevision } from '../../src/event-store/errors.js';
import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { testMetadata } from '../support/metadata.js';
import { tempDir } from '../support/temp-dir.js';

/** What only the SQLite adapter promises beyond the port's contract. */
describe('SQLite event store specifics', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;
  let store: SqliteEventStore;
  const append = (stream: string, n: number, extra: object = {}) =>
    store.append({ stream, events: [{ type: 'ThingHappened', data: { n }, ...extra }], expected: 'any', metadata: testMetadata() });
  const attacker = (sql: string, ...params: unknown[]) => {
    const db = new BetterSqlite3(file);
    db.exec('DROP TRIGGER IF EXISTS events_are_immutable_update; DROP TRIGGER IF EXISTS events_are_immutable_delete');
    db.prepare(sql).run(...params);
    db.close();
  };

  beforeEach(() => {
    dir = tempDir();
    file = join(dir.path, 'events.sqlite');
    store = new SqliteEventStore({ file, schemas: new EventSchemaRegistry().register('ThingHappened') });
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('group commit: concurrent appends share transactions (one fsync for many acknowledgements)', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => append(`thing-${i}`, i)));
    expect(store.writeStats.appends).toBe(50);
    expect(store.writeStats.transactions).toBeLessThanOrEqual(2);
  });

  it('group commit on the writer thread: concurrent appends share transactions, conflicts come back typed', async () => {
    const threaded = new SqliteEventStore({ file: join(dir.path, 'threaded.sqlite'), schemas: new EventSchemaRegistry().register('ThingHappened'), writerThread: true });
    try {
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
        threaded.append({ stream: `thing-${i % 5}`, events: [{ type: 'ThingHappened', data: { i } }], expected: 'any', metadata: testMetadata() })));
      expect(results.map((r) => r.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(threaded.writeStats.appends).toBe(50);
      expect(threaded.writeStats.transactions).toBeLessThan(50);
      await expect(threaded.append({ stream: 'thing-0', events: [{ type: 'ThingHappened', data: {} }], expected: 3, metadata: testMetadata() }))
        .rejects.toBeInstanceOf(WrongExpectedRevision);
      expect((await threaded.readStream('thing-0')).length).toBe(10);
    } finally {
      await threaded.close();
    }
  });

  it('refuses UPDATE and DELETE of a stored event from SQL itself', async () => {
    await append('thing-1', 1);
    const db = new BetterSqlite3(file);
    expect(() => db.prepare("UPDATE events SET data = '{}'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/immutable/);
    db.close();
  });

  it('verify finds a changed recorded-at index (what asOf reads filter on)', async () => {
    await append('thing-1', 1);
    const second = await append('thing-1', 2);
    attacker('UPDATE events SET recorded_at_ms = 0 WHERE position = ?', second.position);
    expect((await store.verify()).firstBroken).toMatchObject({ stream: 'thing-1', revision: 1, reason: 'recorded-at-mismatch' });
  });

  it('verify finds a stream whose tail was cut off', async () => {
    await append('thing-1', 1);
    const last = await append('thing-1', 2);
    attacker('DELETE FROM events WHERE position = ?', last.position);
    expect((await store.verify('thing-1')).firstBroken).toMatchObject({ stream: 'thing-1', revision: 1, reason: 'stream-head-mismatch' });
  });

  it('refuses an event id that is not a uuid, or one already in the log, writing nothing', async () => {
    await expect(append('thing-1', 1, { eventId: 'not-a-uuid' })).rejects.toMatchObject({ field: 'events[0].eventId', rule: 'EVENT_ID_UUID' });
    const id = '0b9f6a52-8d5e-4c1e-9a43-0d1b2c3d4e5f';
    await append('thing-1', 1, { eventId: id });
    const again = append('thing-2', 2, { eventId: id });
    await expect(again).rejects.toBeInstanceOf(InvalidAppend);
    await expect(again).rejects.toMatchObject({ rule: 'EVENT_ID_UNIQUE' });
    expect(await store.headPosition()).toBe(1);
    expect(await store.readStream('thing-2')).toEqual([]);
  });

  it('refuses read ranges that are not whole numbers', async () => {
    await expect(store.readStream('thing-1', { fromRevision: Number.NaN })).rejects.toMatchObject({ field: 'fromRevision' });
    await expect(store.readAll(0, -1)).rejects.toMatchObject({ field: 'limit' });
    await expect(store.readAll(-5, 10)).rejects.toMatchObject({ field: 'after' });
  });
});
