import { describe, it, expect, afterEach } from '@jest/globals';
import { join } from 'node:path';
import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { DEFAULT_LAG_COUNT_LIMIT, ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';

const counter: ProjectionDefinition = {
  name: 'counter', version: 1, handles: ['ThingHappened'], collections: [{ name: 'things', indexes: [] }],
  keysFor: (event) => [{ collection: 'things', id: event.stream }],
  evolve: (doc) => ({ count: Number(doc?.count ?? 0) + 1 }),
};

/** The SQLite log seen as an engine whose positions are byte offsets: its head is far beyond any event count. */
function sparse(log: SqliteEventStore, calls: [number, number][]): EventStore {
  return {
    append: (r) => log.append(r), lookupIdempotencyKey: (k) => log.lookupIdempotencyKey(k), readStream: (s, o) => log.readStream(s, o),
    readAll: (a, l) => log.readAll(a, l), subscribe: (a, o) => log.subscribe(a, o), verify: (s) => log.verify(s), close: () => log.close(),
    headPosition: async () => 1_000_000,
    countAfter: async (position, atMost) => {
      calls.push([position, atMost]);
      return Math.min(atMost, (await log.readAll(position, atMost)).length);
    },
  };
}

describe('projection lag where positions are not dense', () => {
  const dir = tempDir();
  const schemas = new EventSchemaRegistry().register('ThingHappened');
  const log = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas, pollMs: 10 });
  const views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
  afterEach(async () => {
    await log.close();
    await views.close();
    dir.remove();
  });

  it('reports lag as the store\'s bounded event count (countAfter), not head − checkpoint, counting each checkpoint once', async () => {
    for (let i = 0; i < 3; i += 1) await log.append({ stream: 'thing-a', events: [{ type: 'ThingHappened', data: { i } }], expected: 'any', metadata: testMetadata() });
    const calls: [number, number][] = [];
    const runner = new ProjectionRunner(sparse(log, calls), views, [counter], { lagCountLimit: 5 });
    await runner.start();
    expect(await runner.waitFor(3, 2000)).toBe(true);
    calls.length = 0; // the start's own count (building the indexes once near the head) is not the status's
    expect((await runner.status())[0]).toMatchObject({ checkpoint: 3, lag: 0 });
    expect(calls).toEqual([[3, 5]]);
    await runner.stop();
    expect(DEFAULT_LAG_COUNT_LIMIT).toBeGreaterThan(1000);
  });
});
