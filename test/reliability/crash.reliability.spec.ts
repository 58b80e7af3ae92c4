import { describe, it, expect } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { killHard, runTs, waitForOutput } from '../support/child-process.js';
import { testMetadata } from '../support/metadata.js';
import { tempDir } from '../support/temp-dir.js';
import { countingProjection } from './children/counting-projection.js';
import { thingSchemas } from '../support/thing-schemas.js';


describe('crash safety with real processes killed by SIGKILL', () => {
  it('loses no acknowledged append, leaves no half-written batch, and keeps the chain verifiable', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'events.sqlite');
    const child = runTs('test/reliability/children/append-forever.ts', [file]);
    const before = await waitForOutput(child, (out) => out.split('\n').length > 1500);
    const after = await killHard(child);
    const acknowledged = (before + after).split('\n').filter((line) => line.length === 36);

    const store = new SqliteEventStore({ file, schemas: thingSchemas() });
    const head = await store.headPosition();
    const all = await store.readAll(0, head + 1);
    const stored = new Set(all.map((e) => e.eventId));
    expect(acknowledged.length).toBeGreaterThanOrEqual(1500);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(all.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(await store.verify()).toMatchObject({ ok: true, checkedEvents: head });
    await store.close();
    dir.remove();
  });

  it('keeps views and checkpoint in step through a kill mid-batch, and ends exact after restart', async () => {
    const dir = tempDir();
    const eventsFile = join(dir.path, 'events.sqlite');
    const viewsFile = join(dir.path, 'views.sqlite');
    const log = new SqliteEventStore({ file: eventsFile, schemas: thingSchemas(), synchronous: 'NORMAL' });
    for (let i = 0; i < 40; i += 1)
      await log.append({ stream: `thing-${i}`, events: Array.from({ length: 100 }, (_, k) => ({ type: 'ThingHappened', data: { k } })), expected: 'any', metadata: testMetadata() });

    const child = runTs('test/reliability/children/project-forever.ts', [eventsFile, viewsFile]);
    await waitForOutput(child, (out) => out.includes('started'));
    // Let it apply part of the log, then kill it in the middle of its work.
    for (let i = 0; i < 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const probe = new BetterSqlite3(viewsFile, { readonly: true });
      const row = probe.prepare("SELECT position FROM view_checkpoints WHERE name = 'counting@g1'").get() as { position: number } | undefined;
      probe.close();
      if ((row?.position ?? 0) > 500) break;
    }
    await killHard(child);

    const views = new SqliteViewStore(viewsFile);
    const checkpoint = await views.readCheckpoint('counting@g1');
    expect(checkpoint).toBeGreaterThan(0);
    expect(checkpoint).toBeLessThan(4000);
    expect(await views.get('totals__g1', 'all')).toMatchObject({ count: checkpoint, _position: checkpoint });
    expect(await views.count('seen__g1')).toBe(checkpoint);

    const runner = new ProjectionRunner(log, views, [countingProjection], { batchSize: 500 });
    await runner.start();
    expect(await runner.waitFor(4000, 20_000)).toBe(true);
    expect(await views.get('totals__g1', 'all')).toMatchObject({ count: 4000 });
    expect(await views.count('seen__g1')).toBe(4000);
    await runner.stop();
    await views.close();
    await log.close();
    dir.remove();
  });
});
