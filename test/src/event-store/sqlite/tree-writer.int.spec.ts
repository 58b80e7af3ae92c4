import { describe, it, expect, afterEach } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { eventLeafBytes } from '../../../../src/event-store/ledger/leaf-bytes.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { verifyConsistency, verifyInclusion } from '../../../../src/event-store/ledger/proofs.js';
import { rowToEvent, type EventRow } from '../../../../src/event-store/sqlite/rows.js';
import { SqliteEventStore } from '../../../../src/event-store/sqlite/sqlite-event-store.js';
import { SqliteTree } from '../../../../src/event-store/sqlite/tree-table.js';
import { testMetadata } from '../../../support/metadata.js';
import { tempDir } from '../../../support/temp-dir.js';
import { thingSchemas } from '../../../support/thing-schemas.js';
import { naiveRoot } from '../ledger/naive-merkle.js';

const append = (store: SqliteEventStore, stream: string, n: number, key?: string) =>
  store.append({
    stream, events: Array.from({ length: n }, (_, i) => ({ type: 'ThingHappened', data: { n: i, stream } })), expected: 'any', metadata: testMetadata(),
    ...(key ? { idempotency: { key, fingerprint: `fingerprint-${key}` } } : {}),
  });

/** The stored tree's size and root, read on a connection of its own. */
function treeNow(file: string): { size: number; root: Buffer } {
  const db = new BetterSqlite3(file, { readonly: true });
  const tree = new SqliteTree(db);
  const size = tree.size();
  const root = tree.root(size);
  db.close();
  return { size, root };
}

/**
 * The tree in the file is the RFC 9162 tree of the stored events: one leaf per event, the root
 * recomputed from the events themselves, every inclusion proof and every consistency proof from an
 * earlier (size, root) verifying.
 */
function expectTreeOfStoredEvents(file: string, earlier: ReadonlyArray<{ size: number; root: Buffer }>): void {
  const db = new BetterSqlite3(file, { readonly: true });
  const leaves = (db.prepare('SELECT * FROM events ORDER BY position').all() as EventRow[]).map((row) => eventLeafBytes(rowToEvent(row)));
  const tree = new SqliteTree(db);
  const size = tree.size();
  const root = tree.root(size);
  expect(size).toBe(leaves.length);
  expect(root.equals(naiveRoot(leaves))).toBe(true);
  for (let index = 0; index < size; index++) expect(verifyInclusion(leafHash(leaves[index]!), index, size, tree.inclusionProof(index, size), root)).toEqual({ ok: true });
  for (const old of earlier) expect(verifyConsistency(old.size, size, old.root, root, tree.consistencyProof(old.size, size))).toEqual({ ok: true });
  db.close();
}

/**
 * Issue 13: the writer keeps the tree's right edge in memory across appends. The log may be
 * written by others too — a second instance on the same DATA_DIR (issue 14), `import`, the CLI —
 * and a transaction may roll back: the kept edge must never outlive what is stored.
 */
describe('the tree kept in memory by the writer, while others write the same log and transactions roll back (real files)', () => {
  const dirs: { remove: () => void }[] = [];
  const stores: SqliteEventStore[] = [];
  const open = (options: ConstructorParameters<typeof SqliteEventStore>[0]) => {
    const store = new SqliteEventStore(options);
    stores.push(store);
    return store;
  };
  const fresh = () => {
    const dir = tempDir();
    dirs.push(dir);
    return join(dir.path, 'events.sqlite');
  };
  afterEach(async () => {
    // A failed test still closes its stores (a writer thread left running would hold jest open).
    await Promise.allSettled(stores.splice(0).map((store) => store.close()));
    dirs.splice(0).forEach((dir) => dir.remove());
  });

  for (const writerThread of [false, true]) {
    it(`stays correct when a second store on the same file and an import append between the first's appends (${writerThread ? 'writer thread' : 'inline writer'})`, async () => {
      const file = fresh();
      const sourceFile = fresh();
      const first = open({ file, schemas: thingSchemas(), writerThread });
      const second = open({ file, schemas: thingSchemas() });
      const source = open({ file: sourceFile, schemas: thingSchemas() });
      for (let i = 0; i < 4; i++) await append(source, `imported-${i}`, 1 + (i % 2));
      const imported = await source.readAll(0, 100);
      await source.close();
      const earlier: Array<{ size: number; root: Buffer }> = [];
      for (let i = 0; i < 8; i++) {
        await append(first, `first-${i % 3}`, 1 + (i % 3));
        earlier.push(treeNow(file));
        // Between two appends of the first: the other writer grows the tree by 1 or 2 leaves, sometimes as many as the first just added.
        await append(second, `second-${i % 2}`, 1 + (i % 2));
        if (i === 5) {
          // As `import` writes: a third connection, its own transaction.
          const importer = open({ file, schemas: thingSchemas() });
          await importer.importEvents(imported);
          await importer.close();
        }
      }
      // Both at once: their group commits take the write lock in turn.
      await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => append(first, `first-${i % 5}`, 1 + (i % 2))),
        ...Array.from({ length: 20 }, (_, i) => append(second, `second-${i % 5}`, 1 + (i % 3))),
      ]);
      await append(first, 'first-last', 1);
      await Promise.all([first.close(), second.close()]);
      expectTreeOfStoredEvents(file, earlier);
    });

    it(`stays correct after a transaction rolled back once its appends had moved the edge, and after an append refused under its savepoint (${writerThread ? 'writer thread' : 'inline writer'})`, async () => {
      const file = fresh();
      let store = open({ file, schemas: thingSchemas() });
      await append(store, 'thing-a', 3);
      await store.close();
      // Refusals that come after an append's events and leaves were made: a whole-transaction rollback (as a failing disk may
      // answer) and a refusal of one append (its savepoint), both when its idempotency key is written.
      const db = new BetterSqlite3(file);
      db.exec(`CREATE TRIGGER roll_back_all BEFORE INSERT ON idempotency_keys WHEN NEW.key = 'roll-back-all' BEGIN SELECT RAISE(ROLLBACK, 'the whole transaction fails'); END;
        CREATE TRIGGER refuse_one BEFORE INSERT ON idempotency_keys WHEN NEW.key = 'refuse-one' BEGIN SELECT RAISE(ABORT, 'this append fails'); END;`);
      db.close();
      store = open({ file, schemas: thingSchemas(), writerThread });
      const other = open({ file, schemas: thingSchemas() });
      const earlier = [treeNow(file)];

      // One group commit, rolled back whole by its last append once the first two had moved the edge by 5 leaves.
      const batch = await Promise.allSettled([append(store, 'thing-b', 2), append(store, 'thing-c', 3), append(store, 'thing-d', 1, 'roll-back-all')]);
      expect(batch.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(treeNow(file).size).toBe(3);
      // Another writer then adds as many leaves as the lost appends had moved the edge by: the size a stale edge would claim.
      await append(other, 'other-x', 5);
      earlier.push(treeNow(file));
      await append(store, 'thing-e', 2);

      // In one group commit, the middle append is refused after its leaves were made; the others hold.
      const refused = await Promise.allSettled([append(store, 'thing-f', 1), append(store, 'thing-g', 3, 'refuse-one'), append(store, 'thing-h', 2)]);
      expect(refused.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      // Past the next power of two before anyone else writes: a subtree is closed over the peaks the writer kept.
      await append(store, 'thing-i', 4);
      await append(other, 'other-x', 1);
      await append(store, 'thing-j', 1);
      await Promise.all([store.close(), other.close()]);
      expect(treeNow(file).size).toBe(3 + 5 + 2 + 3 + 4 + 1 + 1);
      expectTreeOfStoredEvents(file, earlier);
    });
  }
});
