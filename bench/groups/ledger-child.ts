/**
 * The ledger (issue 13) on a copy of a city's log, in a clean process:
 * `<events.sqlite> <proofs> <seed>`. The copy's tree is dropped first, so opening the store
 * catches it up from zero (what a log written before the tree pays once), timed beside a raw
 * ordered read of the same log; then, interleaved so drift hits all three: inclusion proofs of
 * random leaves and consistency proofs from random older sizes, both at the full tree size, and
 * the baseline, one event read by its position (primary key) on a second connection. Every 50th
 * proof is verified (untimed) against the root, so the figures are of proofs that hold.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { publishedKeysFile } from '../../src/event-store/ledger/ledger-keys.js';
import BetterSqlite3 from 'better-sqlite3';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { verifyConsistency, verifyInclusion } from '../../src/event-store/ledger/proofs.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { SqliteTree } from '../../src/event-store/sqlite/tree-table.js';
import { sendResult } from '../lib/child.js';
import { percentile } from '../lib/stats.js';

/** p50, p99 and max of a list of samples, in microseconds. */
export interface Latency {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export interface LedgerResult {
  readonly leaves: number;
  /** Leaves the city's copy held before its tree was dropped (0: generated before the tree existed). */
  readonly leavesBefore: number;
  /** The rebuilt root equals the one the copy held (true when it held none). */
  readonly sameRoot: boolean;
  readonly catchUpSeconds: number;
  readonly rawReadSeconds: number;
  readonly samples: number;
  readonly inclusion: Latency;
  readonly consistency: Latency;
  readonly root: Latency;
  readonly read: Latency;
  readonly meanInclusionHashes: number;
  readonly failedChecks: string[];
}

/** A small seeded generator (mulberry32): the same leaves every run of a given seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function latency(samplesNs: number[]): Latency {
  const sorted = samplesNs.map((ns) => ns / 1000).sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
}

/** The Ledger port is async (issue 13, both engines): on SQLite the work is synchronous, the await adds a microtask. */
async function timed<T>(samples: number[], work: () => T | Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const result = await work();
  samples.push(Number(process.hrtime.bigint() - started));
  return result;
}

/**
 * The copy's tree, as it was, then gone — with its signed heads and the published keys beside it, so
 * the copy is a log from before the tree and the store builds it at open (sqlite-event-store.ts,
 * mayBuildTree). DROP TABLE takes the triggers with it; the store recreates the tables at open.
 */
function dropTree(file: string): { leaves: number; root: string | null } {
  const db = new BetterSqlite3(file);
  try {
    const hasTree = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tree_nodes'").pluck().get() === 1;
    if (!hasTree) return { leaves: 0, root: null };
    const tree = new SqliteTree(db);
    const leaves = tree.size();
    const root = leaves === 0 ? null : tree.root(leaves).toString('hex');
    db.exec('DROP TABLE tree_nodes; DROP TABLE IF EXISTS tree_heads');
    rmSync(publishedKeysFile(dirname(file)), { force: true });
    return { leaves, root };
  } finally {
    db.close();
  }
}

/** The baseline of the catch-up: every event read in log order and its JSON parsed (as the catch-up group's raw read). */
function rawOrderedRead(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  const started = performance.now();
  for (const row of db.prepare('SELECT data, metadata FROM events ORDER BY position').iterate() as IterableIterator<{ data: string; metadata: string }>) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

async function measure(file: string, proofs: number, seed: number): Promise<LedgerResult> {
  const before = dropTree(file);
  const rawReadSeconds = rawOrderedRead(file);
  const opened = performance.now();
  const store = new SqliteEventStore({ file, schemas: domainEventSchemas() });
  const catchUpSeconds = (performance.now() - opened) / 1000;
  const ledger = store.ledger();
  const { treeSize: size, logSize } = await ledger.sizes();
  const rootHex = await ledger.rootHash(size);
  const root = Buffer.from(rootHex, 'hex');
  const failedChecks: string[] = [];
  if (logSize !== size) failedChecks.push(`the tree holds ${size} leaves, the log ${logSize} events`);
  const reader = new BetterSqlite3(file, { readonly: true });
  const byPosition = reader.prepare('SELECT * FROM events WHERE position = ?');
  const random = seeded(seed);
  const samples = { inclusion: [] as number[], consistency: [] as number[], root: [] as number[], read: [] as number[] };
  let inclusionHashes = 0;
  for (let n = 0; n < proofs; n++) {
    const leaf = Math.floor(random() * size);
    const older = 1 + Math.floor(random() * (size - 1));
    const position = 1 + Math.floor(random() * size);
    const inclusion = await timed(samples.inclusion, () => ledger.inclusionProof(leaf, size));
    const consistency = await timed(samples.consistency, () => ledger.consistencyProof(older, size));
    await timed(samples.read, () => byPosition.get(position));
    await timed(samples.root, () => ledger.rootHash(size));
    inclusionHashes += inclusion.length;
    if (n % 50 === 0) {
      const toBuffers = (hashes: string[]) => hashes.map((hash) => Buffer.from(hash, 'hex'));
      const [leafHex] = await ledger.leafHashes(leaf, 1);
      const leafCheck = verifyInclusion(Buffer.from(leafHex!, 'hex'), leaf, size, toBuffers(inclusion), root);
      if (!leafCheck.ok) failedChecks.push(`inclusion of leaf ${leaf} in ${size}: ${leafCheck.reason}`);
      const extension = verifyConsistency(older, size, Buffer.from(await ledger.rootHash(older), 'hex'), root, toBuffers(consistency));
      if (!extension.ok) failedChecks.push(`consistency ${older} → ${size}: ${extension.reason}`);
    }
  }
  reader.close();
  const sameRoot = before.root === null || (await ledger.rootHash(before.leaves)) === before.root;
  await store.close();
  return {
    leaves: size, leavesBefore: before.leaves, sameRoot,
    catchUpSeconds, rawReadSeconds, samples: proofs,
    inclusion: latency(samples.inclusion), consistency: latency(samples.consistency), root: latency(samples.root), read: latency(samples.read),
    meanInclusionHashes: inclusionHashes / proofs, failedChecks,
  };
}

const [file, proofs, seed] = process.argv.slice(2) as [string, string, string];
sendResult(await measure(file, Number(proofs), Number(seed)));
