import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { ImportOutOfOrder, isEventImporter } from '../../../../src/event-store/event-importer.js';
import { SqliteEventStore } from '../../../../src/event-store/sqlite/sqlite-event-store.js';
import { ManualClock } from '../../../support/clocks.js';
import { testMetadata } from '../../../support/metadata.js';
import { thingSchemas } from '../../../support/thing-schemas.js';


describe('SQLite EventImporter (migration between engines)', () => {
  let source: SqliteEventStore;
  let target: SqliteEventStore;
  let log: StoredEvent[];

  beforeEach(async () => {
    const clock = ManualClock.at('2026-01-05T09:00:00.000+08:00');
    source = new SqliteEventStore({ file: ':memory:', schemas: thingSchemas(), clock });
    target = new SqliteEventStore({ file: ':memory:', schemas: thingSchemas(), clock: ManualClock.at('2030-01-01T00:00:00.000+08:00') });
    await source.append({ stream: 'thing-a', events: [{ type: 'ThingHappened', data: { n: 1 } }, { type: 'ThingHappened', data: { n: 2 } }], expected: 'no_stream', metadata: testMetadata() });
    clock.advance(60_000);
    await source.append({ stream: 'thing-b', events: [{ type: 'ThingHappened', data: { n: 3 } }], expected: 'no_stream', metadata: testMetadata() });
    await source.append({ stream: 'thing-a', events: [{ type: 'ThingHappened', data: { n: 4 } }], expected: 1, metadata: testMetadata() });
    log = await source.readAll(0, 100);
  });
  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('is recognised as an importer', () => {
    expect(isEventImporter(target)).toBe(true);
  });

  it('stores the events exactly as given (ids, revisions, recordedAt, hashes), at its own next positions, and verifies', async () => {
    expect(await target.lastImported()).toBeNull();
    await target.importEvents(log.slice(0, 2));
    await target.importEvents(log.slice(2));
    expect(await target.readAll(0, 100)).toEqual(log);
    expect(await target.readStream('thing-a', { asOf: log[0]!.metadata.recordedAt })).toEqual(log.slice(0, 2));
    expect(await target.verify()).toMatchObject({ ok: true, checkedEvents: 4, checkedStreams: 2 });
    expect(await target.lastImported()).toEqual({ eventId: log[3]!.eventId, stream: 'thing-a', revision: 2, hash: log[3]!.metadata.hash });
  });

  it('continues with appends on the imported chains', async () => {
    await target.importEvents(log);
    const result = await target.append({ stream: 'thing-a', events: [{ type: 'ThingHappened', data: { n: 5 } }], expected: 2, metadata: testMetadata() });
    expect(result.events[0]).toMatchObject({ revision: 3, position: 5, metadata: { prevHash: log[3]!.metadata.hash } });
    expect((await target.verify()).ok).toBe(true);
  });

  it('refuses a repeat, a gap or a foreign prevHash, and writes nothing of that call', async () => {
    await target.importEvents(log.slice(0, 2));
    await expect(target.importEvents([log[2]!, log[0]!])).rejects.toBeInstanceOf(ImportOutOfOrder);
    await expect(target.importEvents([log[3]!])).resolves.toBeUndefined();
    await expect(target.importEvents([log[3]!])).rejects.toMatchObject({ code: 'IMPORT_OUT_OF_ORDER', stream: 'thing-a', revision: 2 });
    const forged = { ...log[2]!, metadata: { ...log[2]!.metadata, prevHash: 'f'.repeat(64) } };
    await expect(target.importEvents([forged])).rejects.toBeInstanceOf(ImportOutOfOrder);
    expect((await target.readAll(0, 100)).map((event) => event.eventId)).toEqual([log[0]!, log[1]!, log[3]!].map((event) => event.eventId));
  });
});
