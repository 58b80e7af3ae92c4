import { describe, it, expect, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WrongExpectedRevision } from '../../../../src/event-store/errors.js';
import { eventLeafBytes } from '../../../../src/event-store/ledger/leaf-bytes.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { verifyConsistency, verifyInclusion } from '../../../../src/event-store/ledger/proofs.js';
import { rowToEvent, type EventRow } from '../../../../src/event-store/sqlite/rows.js';
import { SqliteEventStore } from '../../../../src/event-store/sqlite/sqlite-event-store.js';
import { SqliteTree } from '../../../../src/event-store/sqlite/tree-table.js';
import { ManualClock } from '../../../support/clocks.js';
import { testMetadata } from '../../../support/metadata.js';
import { tempDir } from '../../../support/temp-dir.js';
import { thingSchemas } from '../../../support/thing-schemas.js';
import { naiveRoot } from '../ledger/naive-merkle.js';

/** The events exactly as stored (never upcast), straight from the file: what the leaves must hash. */
function storedLeaves(file: string): Buffer[] {
  const db = new BetterSqlite3(file, { readonly: true });
  const rows = db.prepare('SELECT * FROM events ORDER BY position').all() as EventRow[];
  db.close();
  return rows.map((row) => eventLeafBytes(rowToEvent(row)));
}

function treeOf(file: string): { size: number; root: Buffer; db: BetterSqlite3.Database; tree: SqliteTree } {
  const db = new BetterSqlite3(file);
  const tree = new SqliteTree(db);
  const size = tree.size();
  return { size, root: tree.root(size), db, tree };
}

const append = (store: SqliteEventStore, stream: string, n: number, expected: number | 'no_stream' | 'any' = 'any') =>
  store.append({ stream, events: Array.from({ length: n }, (_, i) => ({ type: 'ThingHappened', data: { n: i, stream } })), expected, metadata: testMetadata() });

/** Issue 13: the RFC 9162 tree over the SQLite log, kept at append time in the append's own transaction. */
describe('the Merkle tree table beside the SQLite log (real files in a temp dir)', () => {
  const dirs: { remove: () => void }[] = [];
  const fresh = () => {
    const dir = tempDir();
    dirs.push(dir);
    return join(dir.path, 'events.sqlite');
  };
  afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

  for (const writerThread of [false, true]) {
    it(`holds one leaf per event, its root the RFC 9162 root of the stored events, under group commit (${writerThread ? 'writer thread' : 'inline writer'})`, async () => {
      const file = fresh();
      const store = new SqliteEventStore({ file, schemas: thingSchemas(), clock: ManualClock.at('2026-12-02T10:00:00.000+08:00'), writerThread });
      await append(store, 'thing-a', 3, 'no_stream');
      // 40 appends at once: they share transactions (group commit); one of them is refused.
      const results = await Promise.allSettled([...Array.from({ length: 40 }, (_, i) => append(store, `thing-${i % 7}`, 1 + (i % 3))), append(store, 'thing-a', 1, 0)]);
      expect(results.at(-1)).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevision) });
      expect(store.writeStats.transactions).toBeLessThan(store.writeStats.appends);
      const head = await store.headPosition();
      await store.close();
      const { size, root, db } = treeOf(file);
      db.close();
      const leaves = storedLeaves(file);
      expect(size).toBe(head);
      expect(leaves).toHaveLength(head);
      expect(root.equals(naiveRoot(leaves))).toBe(true);
    });
  }

  it('gives inclusion proofs for every event and consistency proofs between every earlier size and now, all of which verify', async () => {
    const file = fresh();
    const store = new SqliteEventStore({ file, schemas: thingSchemas() });
    const roots: Buffer[] = [];
    for (let i = 0; i < 12; i++) {
      await append(store, `thing-${i % 3}`, 1 + (i % 2));
      const { root, db } = treeOf(file);
      roots.push(root);
      db.close();
    }
    await store.close();
    const { size, root, db, tree } = treeOf(file);
    const leaves = storedLeaves(file);
    for (let index = 0; index < size; index++) expect(verifyInclusion(leafHash(leaves[index]!), index, size, tree.inclusionProof(index, size), root)).toEqual({ ok: true });
    for (let i = 0; i < roots.length; i++) {
      const oldSize = storedSizeAfter(i);
      expect(verifyConsistency(oldSize, size, roots[i]!, root, tree.consistencyProof(oldSize, size))).toEqual({ ok: true });
    }
    db.close();
  });

  it('catches up a log written before the tree existed (the table dropped), once, to the same root', async () => {
    const file = fresh();
    let store = new SqliteEventStore({ file, schemas: thingSchemas() });
    for (let i = 0; i < 30; i++) await append(store, `thing-${i % 4}`, 2);
    await store.close();
    const before = treeOf(file);
    before.db.exec('DROP TABLE tree_nodes'); // an older version's file: events, no tree
    before.db.close();
    store = new SqliteEventStore({ file, schemas: thingSchemas() });
    await append(store, 'thing-x', 1);
    const head = await store.headPosition();
    await store.close();
    const after = treeOf(file);
    after.db.close();
    expect(after.size).toBe(head);
    expect(after.root.equals(naiveRoot(storedLeaves(file)))).toBe(true);
  });

  it('resumes a first build cut short by a crash (some leaves committed, no head yet), so appends go on', async () => {
    const file = fresh();
    let store = new SqliteEventStore({ file, schemas: thingSchemas() });
    for (let i = 0; i < 12; i++) await append(store, `thing-${i % 3}`, 2);
    await store.close();
    const db = new BetterSqlite3(file);
    db.exec('DROP TABLE tree_nodes');
    db.close();
    // The first build committed its first batch of leaves, then the process died.
    const partial = new BetterSqlite3(file);
    partial.exec('CREATE TABLE tree_nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID');
    const rows = partial.prepare('SELECT * FROM events ORDER BY position LIMIT 7').all() as EventRow[];
    partial.transaction(() => new SqliteTree(partial).add(rows.map(rowToEvent)))();
    partial.close();
    store = new SqliteEventStore({ file, schemas: thingSchemas() });
    await append(store, 'thing-after', 1);
    const head = await store.headPosition();
    await store.close();
    const after = treeOf(file);
    after.db.close();
    expect(after.size).toBe(head);
    expect(after.root.equals(naiveRoot(storedLeaves(file)))).toBe(true);
  });

  it('never gives leaves silently once a head was signed, nor rebuilds from nothing a tree whose keys were published beside the log', async () => {
    const file = fresh();
    let store = new SqliteEventStore({ file, schemas: thingSchemas() });
    await append(store, 'thing-a', 3);
    await store.close();
    // A signed head on record: events beyond the tree stay without leaves.
    let db = new BetterSqlite3(file);
    db.prepare("INSERT INTO tree_heads (tree_size, root_hash, timestamp, key_id, signature) VALUES (3, 'x', 't', 'k', 's')").run();
    db.exec('DROP TABLE tree_nodes');
    db.close();
    store = new SqliteEventStore({ file, schemas: thingSchemas() });
    expect(await store.ledger().sizes()).toEqual({ treeSize: 0, logSize: 3 });
    await store.close();
    // No head, but the ledger's keys published beside the log: an empty tree was dropped, not never built.
    db = new BetterSqlite3(file);
    db.exec('DROP TABLE tree_heads');
    db.close();
    mkdirSync(join(dirname(file), 'keys'), { recursive: true });
    writeFileSync(join(dirname(file), 'keys', 'ledger-public-keys.json'), '{"keys":[]}');
    store = new SqliteEventStore({ file, schemas: thingSchemas() });
    expect(await store.ledger().sizes()).toEqual({ treeSize: 0, logSize: 3 });
    await store.close();
  });

  it('reads the tree and log sizes in one snapshot: no false mismatch while the writer thread commits (issue 13)', async () => {
    const file = fresh();
    const store = new SqliteEventStore({ file, schemas: thingSchemas(), writerThread: true });
    const ledger = store.ledger();
    let running = true;
    const writers = Array.from({ length: 16 }, async (_, w) => {
      for (let i = 0; running; i++) await append(store, `thing-${w}`, 1 + (i % 2));
    });
    const mismatches: unknown[] = [];
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      const sizes = await ledger.sizes();
      if (sizes.treeSize !== sizes.logSize) mismatches.push(sizes);
      await new Promise((resolve) => setImmediate(resolve));
    }
    running = false;
    await Promise.all(writers);
    await store.close();
    expect(mismatches).toEqual([]);
  });

  it('carries imported events into the tree (a migration between engines keeps the same root)', async () => {
    const sourceFile = fresh();
    const targetFile = fresh();
    const source = new SqliteEventStore({ file: sourceFile, schemas: thingSchemas() });
    for (let i = 0; i < 9; i++) await append(source, `thing-${i % 2}`, 1 + (i % 3));
    const log = await source.readAll(0, 1000);
    await source.close();
    const target = new SqliteEventStore({ file: targetFile, schemas: thingSchemas() });
    await target.importEvents(log.slice(0, 5));
    await target.importEvents(log.slice(5));
    await target.close();
    const [a, b] = [treeOf(sourceFile), treeOf(targetFile)];
    a.db.close();
    b.db.close();
    expect(b.size).toBe(a.size);
    expect(b.root.equals(a.root)).toBe(true);
  });

  it('refuses to change or delete a stored node from SQL (the tree only grows)', async () => {
    const file = fresh();
    const store = new SqliteEventStore({ file, schemas: thingSchemas() });
    await append(store, 'thing-a', 2);
    await store.close();
    const db = new BetterSqlite3(file);
    expect(() => db.prepare('UPDATE tree_nodes SET hash = zeroblob(32)').run()).toThrow(/only grows/);
    expect(() => db.prepare('DELETE FROM tree_nodes').run()).toThrow(/only grows/);
    db.close();
  });
});

/** Sizes after each of the 12 appends of the proof test: 1 + (i % 2) events each. */
function storedSizeAfter(i: number): number {
  let size = 0;
  for (let j = 0; j <= i; j++) size += 1 + (j % 2);
  return size;
}
