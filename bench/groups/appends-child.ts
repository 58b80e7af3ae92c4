/**
 * One append measurement in a clean process, into a fresh file: `port <writers> <count> [tree|no-tree]` through
 * the store port (SqliteEventStore.append, synchronous=FULL: each writer awaits its append before
 * the next, so concurrent writers share group-commit transactions; `no-tree`: without the issue 13
 * Merkle tree, the baseline of its overhead); `raw1 <count>` and
 * `raw100 <count>`: bare better-sqlite3 inserts of the same payload, 1 or 100 rows per FULL transaction.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import type { CommandMetadata } from '../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { sendResult } from '../lib/child.js';

export interface AppendResultFigures {
  readonly appends: number;
  readonly seconds: number;
  readonly rate: number;
  readonly failed: number;
}

/** A breach as the domain writes it (≈ 350 bytes of JSON). */
export function realisticData(n: number): Record<string, string | number | boolean | null> {
  return {
    basisDocument: `昆市监罚〔2026〕${n % 460}号`, breachClass: 'general', breachId: `0194818a-b9e0-7acb-9743-${String(n).padStart(12, '0')}`, commitmentId: null,
    decisionDate: '2026-01-17', departmentId: 'ks-market', disclosedThrough: '2026-07-17', disclosureMonths: 6, recordedAt: '2026-01-20T10:29:00+08:00',
    repairPossibleFrom: '2026-04-18', subjectMinorOnDecision: false, summary: '产品质量抽检不合格且拒不整改',
  };
}

const metadata = (n: number): CommandMetadata => ({
  commandId: `bench-${n}`, correlationId: `bench-${n}`, causationId: null,
  actor: { kind: 'department', id: 'officer.ks-market', department: 'ks-market' }, commandType: 'RecordBreach',
});

async function port(dir: string, writers: number, count: number, merkleTree: boolean): Promise<AppendResultFigures> {
  const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), schemas: domainEventSchemas(), synchronous: 'FULL', merkleTree });
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, async (_, w) => {
    let revision = -1;
    while (next < count) {
      const n = next++;
      try {
        const result = await store.append({ stream: `subject-BENCH${w}`, events: [{ type: 'BreachRecorded', data: realisticData(n) }], expected: revision === -1 ? 'no_stream' : revision, metadata: metadata(n) });
        revision = result.revision;
      } catch {
        failed += 1;
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return { appends: count - failed, seconds, rate: (count - failed) / seconds, failed };
}

function raw(dir: string, perTransaction: number, count: number): AppendResultFigures {
  const db = new BetterSqlite3(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO events (stream, type, data) VALUES (?, ?, ?)');
  const transaction = db.transaction((from: number) => {
    for (let n = from; n < from + perTransaction; n++) insert.run(`subject-BENCH${n % 64}`, 'BreachRecorded', JSON.stringify(realisticData(n)));
  });
  const started = performance.now();
  for (let n = 0; n < count; n += perTransaction) transaction(n);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { appends: count, seconds, rate: count / seconds, failed: 0 };
}

const [mode, dir, a, b, tree] = process.argv.slice(2) as [string, string, string, string, string | undefined];
sendResult(mode === 'port' ? await port(dir, Number(a), Number(b), tree !== 'no-tree') : raw(dir, mode === 'raw100' ? 100 : 1, Number(a)));
