import { describe, it, expect, afterEach } from '@jest/globals';
import type { StoredEvent } from '../../../../src/event-store/event-store.port.js';
import { EventStoreUnavailable } from '../../../../src/event-store/errors.js';
import { isEventImporter } from '../../../../src/event-store/event-importer.js';
import { groupByStreamRun } from '../../../../src/event-store/eventstoredb/esdb-import.js';
import { EventStoreDbEventStore } from '../../../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { EventSchemaRegistry } from '../../../../src/event-store/schema-registry.js';

const event = (stream: string, revision: number, position: number): StoredEvent => ({
  eventId: `${stream}@${revision}`, stream, revision, position, type: 'ThingHappened', schemaVersion: 1, data: { n: position },
  metadata: {
    commandId: 'cmd-1', correlationId: 'corr-1', causationId: null, actor: { kind: 'system', id: 'migrate', department: null },
    idempotencyKey: null, recordedAt: '2026-01-05T09:00:00.000+08:00', prevHash: '0'.repeat(64), hash: 'a'.repeat(64),
  },
});

describe('EventStoreDB import (migration into EventStoreDB)', () => {
  it('appends runs of one stream together and keeps the global order across streams', () => {
    const log = [event('subject-1', 0, 1), event('subject-1', 1, 2), event('agency-9', 0, 3), event('subject-1', 2, 4), event('subject-1', 3, 5)];
    expect(groupByStreamRun(log).map((run) => run.map((e) => e.eventId))).toEqual([
      ['subject-1@0', 'subject-1@1'], ['agency-9@0'], ['subject-1@2', 'subject-1@3'],
    ]);
  });

  it('starts a new run where revisions do not follow (the server then refuses the gap)', () => {
    expect(groupByStreamRun([event('subject-1', 0, 1), event('subject-1', 2, 2)]).length).toBe(2);
    expect(groupByStreamRun([])).toEqual([]);
  });

  describe('without a server', () => {
    let store: EventStoreDbEventStore;
    afterEach(async () => store.close());
    const open = () => (store = new EventStoreDbEventStore({ url: 'esdb://127.0.0.1:1?tls=false&defaultDeadline=500', schemas: new EventSchemaRegistry() }));

    it('is an importer that fails fast with EventStoreUnavailable', async () => {
      open();
      expect(isEventImporter(store)).toBe(true);
      await expect(store.importEvents([event('subject-1', 0, 1)])).rejects.toBeInstanceOf(EventStoreUnavailable);
      await expect(store.lastImported()).rejects.toBeInstanceOf(EventStoreUnavailable);
    }, 10_000);

    it('refuses a stream outside its categories before calling the server', async () => {
      open();
      await expect(store.importEvents([event('thing-1', 0, 1)])).rejects.toMatchObject({ code: 'INVALID_APPEND', rule: 'STREAM_CATEGORY' });
    });
  });
});
