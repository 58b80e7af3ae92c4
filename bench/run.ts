// npm run bench — durable append throughput of the embedded store: group commit vs one
// transaction per append (the baseline), side by side in the same run on this machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ProjectionDefinition } from '../projections/kernel/projection.js';
import type { CommandMetadata } from '../src/event-store/event-store.port.js';
import { EventSchemaRegistry } from '../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../src/projections/projection-runner.js';
import { SqliteViewStore } from '../src/view-store/sqlite/sqlite-view-store.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const metadata: CommandMetadata = { commandId: 'bench', correlationId: 'bench', causationId: null, actor: { kind: 'system', id: 'bench', department: null } };
const schemas = () => new EventSchemaRegistry().register('ThingHappened');
const event = (n: number) => ({ type: 'ThingHappened', data: { n, subject: '91320583722291823U', note: 'a small JSON event like the domain writes' } });

async function withStore<T>(run: (store: SqliteEventStore, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'credit-ledger-bench-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), schemas: schemas(), synchronous: 'FULL' });
  try {
    return await run(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Baseline: each append awaited before the next, so every append is its own transaction + fsync. */
async function oneTransactionPerAppend(count: number): Promise<number> {
  return withStore(async (store) => {
    const start = performance.now();
    for (let n = 0; n < count; n += 1) await store.append({ stream: `thing-${n % 500}`, events: [event(n)], expected: 'any', metadata });
    return count / ((performance.now() - start) / 1000);
  });
}

/** Group commit: `writers` concurrent request handlers appending to their own streams. */
async function groupCommit(count: number, writers: number): Promise<number> {
  return withStore(async (store) => {
    const start = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: writers }, async (_, w) => {
      let revision = -1;
      while (next < count) {
        const n = next++;
        const result = await store.append({ stream: `thing-w${w}`, events: [event(n)], expected: revision === -1 ? 'no_stream' : revision, metadata });
        revision = result.revision;
      }
    }));
    return count / ((performance.now() - start) / 1000);
  });
}

/** Projection catch-up over the same log size (batched transactions with checkpoint). */
async function projectionCatchUp(count: number): Promise<number> {
  return withStore(async (store, dir) => {
    await Promise.all(Array.from({ length: 64 }, async (_, w) => {
      for (let n = w; n < count; n += 64) await store.append({ stream: `thing-${n % 2000}`, events: [event(n)], expected: 'any', metadata });
    }));
    const views = new SqliteViewStore(join(dir, 'views.sqlite'));
    const projection: ProjectionDefinition = {
      name: 'per-stream', version: 1, handles: ['ThingHappened'], collections: [{ name: 'streams', indexes: ['count'] }],
      keysFor: (e) => [{ collection: 'streams', id: e.stream }],
      evolve: (doc) => ({ count: Number(doc?.count ?? 0) + 1 }),
    };
    const runner = new ProjectionRunner(store, views, [projection], { batchSize: 500 });
    const start = performance.now();
    await runner.start();
    await runner.waitFor(count, 600_000);
    const rate = count / ((performance.now() - start) / 1000);
    await runner.stop();
    await views.close();
    return rate;
  });
}

/** Reference: bare better-sqlite3 inserts, 100 per FULL transaction (stack.md's batched figure), no hashing or checks. */
function rawBatchedInserts(count: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'credit-ledger-bench-'));
  const db = new BetterSqlite3(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT, data TEXT)');
  const insert = db.prepare('INSERT INTO events (stream, data) VALUES (?, ?)');
  const batch = db.transaction((from: number) => {
    for (let n = from; n < from + 100; n += 1) insert.run(`thing-${n % 500}`, JSON.stringify(event(n).data));
  });
  const start = performance.now();
  for (let n = 0; n < count; n += 100) batch(n);
  const rate = count / ((performance.now() - start) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return rate;
}

const fmt = (rate: number) => `${Math.round(rate).toLocaleString('en-US')} events/s`;
const baselineCount = Math.min(EVENTS, 5000);
console.log(`credit-ledger bench — SQLite WAL, synchronous=FULL, ${EVENTS} events (baseline ${baselineCount})`);
const baseline = await oneTransactionPerAppend(baselineCount);
console.log(`baseline  one transaction per append (sequential)   ${fmt(baseline)}`);
for (const writers of [16, 64, 256]) {
  const rate = await groupCommit(EVENTS, writers);
  console.log(`group commit, ${String(writers).padStart(3)} concurrent writers            ${fmt(rate)}  (${(rate / baseline).toFixed(1)}× baseline)`);
}
console.log(`reference: bare SQLite inserts, 100 per transaction ${fmt(rawBatchedInserts(EVENTS))}`);
console.log(`projection catch-up, batches of 500 + checkpoint     ${fmt(await projectionCatchUp(EVENTS))}`);
