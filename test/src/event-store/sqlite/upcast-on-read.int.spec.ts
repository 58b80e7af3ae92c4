import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { domainEventSchemas } from '../../../../src/event-store/domain-event-schemas.js';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../../src/event-store/sqlite/sqlite-event-store.js';
import { GREW_AFTER_V1, READ_AT_V2, schemasBeforeV2, storedV1Data } from '../../../contract/v1-stored-events.js';
import { testMetadata } from '../../../support/metadata.js';
import { tempDir } from '../../../support/temp-dir.js';

const STREAM = 'subject-91320583722291823U';
const GREW = GREW_AFTER_V1;
const v1 = storedV1Data;
const EXPECTED_V2 = READ_AT_V2;

describe('SQLite: events stored at v1 are read at v2 everywhere, the stored bytes and the chain untouched', () => {
  const dir = tempDir('credit-ledger-upcast-');
  const file = join(dir.path, 'events.sqlite');
  let store: SqliteEventStore;
  const storedRows = () => {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return db.prepare('SELECT type, schema_version AS version, data, metadata FROM events ORDER BY position').all() as Array<{ type: string; version: number; data: string; metadata: string }>;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    const before = new SqliteEventStore({ file, schemas: schemasBeforeV2() });
    await before.append({ stream: STREAM, events: GREW.map((type) => ({ type, data: v1(type) })), expected: 'no_stream', metadata: testMetadata() });
    await before.close();
    store = new SqliteEventStore({ file, schemas: domainEventSchemas() });
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  it('the log holds the three events at v1, without the later fields (the old write path really wrote them)', () => {
    const rows = storedRows();
    expect(rows.map((row) => [row.type, row.version])).toEqual(GREW.map((type) => [type, 1]));
    for (const row of rows) expect(JSON.parse(row.data)).toEqual(v1(row.type));
  });

  it('A10, A13, A26, A8, A9: readStream serves them at v2 with the upcasters\' values', async () => {
    const read = await store.readStream(STREAM);
    expect(read.map((event) => [event.type, event.schemaVersion, event.data])).toEqual(GREW.map((type) => [type, 2, EXPECTED_V2[type]]));
  });

  it('readAll (the projections\' log pump) and subscribe serve the same v2 events', async () => {
    const viaStream = await store.readStream(STREAM);
    expect(await store.readAll(0, 100)).toEqual(viaStream);
    const subscription = store.subscribe(0, { batchSize: 100 });
    let first: readonly StoredEvent[] = [];
    for await (const batch of subscription) {
      first = batch;
      break;
    }
    subscription.close();
    expect(first).toEqual(viaStream);
  });

  it('the hash chain still verifies (it covers the bytes as stored), and reading rewrote nothing', async () => {
    const before = storedRows();
    await store.readStream(STREAM);
    await store.readAll(0, 100);
    expect(await store.verify(STREAM)).toMatchObject({ ok: true, checkedEvents: 3, firstBroken: null });
    expect((await store.verify()).ok).toBe(true);
    expect(storedRows()).toEqual(before);
  });

  it('a new event of a type that grew is written at v2, and the chain goes on intact after the v1 events', async () => {
    const current = { ...EXPECTED_V2.ReviewRequested!, reviewId: 'RV-2' };
    const result = await store.append({ stream: STREAM, events: [{ type: 'ReviewRequested', data: current }], expected: 2, metadata: testMetadata() });
    expect(result.events[0]).toMatchObject({ schemaVersion: 2, data: current });
    const last = storedRows().at(-1)!;
    expect([last.type, last.version, JSON.parse(last.data)]).toEqual(['ReviewRequested', 2, current]);
    expect(await store.verify(STREAM)).toMatchObject({ ok: true, checkedEvents: 4 });
  });
});
