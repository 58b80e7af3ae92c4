import { describe, it, expect } from '@jest/globals';
import { join } from 'node:path';
import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { LOG_IDENTITY_META, ViewsFromAnotherLog } from '../../../src/projections/log-identity-check.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { ConfigError } from '../../../src/config/config-error.js';
import { testMetadata } from '../../support/metadata.js';
import { tempDir } from '../../support/temp-dir.js';
import { thingSchemas } from '../../support/thing-schemas.js';

const counter: ProjectionDefinition = {
  name: 'counter', version: 1, handles: ['ThingHappened'], collections: [{ name: 'counts', indexes: [] }],
  keysFor: () => [{ collection: 'counts', id: 'all' }],
  evolve: (doc) => ({ n: Number(doc?.n ?? 0) + 1 }),
};

describe('views are tied to the log they were built from (issue 14 item 5)', () => {
  it('keeps one identity per log file, across reopening and for every connection to it', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'events.sqlite');
    const one = new SqliteEventStore({ file, schemas: thingSchemas() });
    const two = new SqliteEventStore({ file, schemas: thingSchemas() });
    const id = await one.logIdentity();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await two.logIdentity()).toBe(id);
    await one.close();
    await two.close();
    const reopened = new SqliteEventStore({ file, schemas: thingSchemas() });
    expect(await reopened.logIdentity()).toBe(id);
    const other = new SqliteEventStore({ file: join(dir.path, 'other.sqlite'), schemas: thingSchemas() });
    expect(await other.logIdentity()).not.toBe(id);
    await reopened.close();
    await other.close();
    dir.remove();
  });

  it('records the log with the views and refuses, at start, views built from another log (counts would double)', async () => {
    const dir = tempDir();
    const views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    const first = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: thingSchemas() });
    for (let i = 0; i < 3; i += 1) await first.append({ stream: 'thing-1', events: [{ type: 'ThingHappened', data: { i } }], expected: 'any', metadata: testMetadata() });
    const runner = new ProjectionRunner(first, views, [counter]);
    await runner.start();
    expect(await runner.waitFor(3, 5000)).toBe(true);
    await runner.stop();
    expect(await views.readMeta(LOG_IDENTITY_META)).toEqual({ logId: await first.logIdentity() });

    // A reset or migrated log: other positions, another identity.
    const second = new SqliteEventStore({ file: join(dir.path, 'reset-events.sqlite'), schemas: thingSchemas() });
    const refused = new ProjectionRunner(second, views, [counter]).start();
    await expect(refused).rejects.toBeInstanceOf(ViewsFromAnotherLog);
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(/built from another event log .*Rebuild them/);
    expect(await views.get('counts__g1', 'all')).toMatchObject({ n: 3 });
    await views.close();
    await first.close();
    await second.close();
    dir.remove();
  });
});
