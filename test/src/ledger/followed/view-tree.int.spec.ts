import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { appendLeaves, rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { consistencyProof, inclusionProof } from '../../../../src/event-store/ledger/proofs.js';
import { MemoryTreeNodes, TreeNodeMissing } from '../../../../src/event-store/ledger/tree-nodes.js';
import { LEDGER_COLLECTIONS, LEDGER_NODES, nodeId, withStoredNodes } from '../../../../src/ledger/followed/view-tree.js';
import type { JsonObject } from '../../../../src/shared/json.js';
import { SqliteViewStore } from '../../../../src/view-store/sqlite/sqlite-view-store.js';

/** The real SQLite view store, counting its getMany calls. */
class CountingViews extends SqliteViewStore {
  reads = 0;
  override getMany(collection: string, ids: readonly string[]): Promise<Map<string, JsonObject>> {
    this.reads += 1;
    return super.getMany(collection, ids);
  }
}

const SIZE = 300;
const leaf = (i: number) => createHash('sha256').update(`leaf ${i}`).digest();

/** A FollowedLedger's proofs come from the same pure code as SQLite's, over nodes fetched in one read (issue 13, both engines). */
describe('the tree kept in the view store: withStoredNodes', () => {
  const views = new CountingViews(':memory:');
  const memory = new MemoryTreeNodes();

  beforeAll(async () => {
    for (const spec of LEDGER_COLLECTIONS) await views.ensureCollection(spec);
    const nodes = appendLeaves(0, Array.from({ length: SIZE }, (_, i) => leaf(i)), memory);
    memory.store(nodes);
    await views.commit({ changes: nodes.map(({ level, index, hash }) => ({ collection: LEDGER_NODES, id: nodeId(level, index), doc: { hash: hash.toString('hex') } })) });
  });
  afterAll(() => views.close());

  it('gives the roots, inclusion and consistency proofs the stored nodes give in memory, each in ONE view-store read (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: SIZE }).chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: size }))), async ([size, index, older]) => {
      const before = views.reads;
      expect(await withStoredNodes(views, (source) => rootAt(size, source))).toEqual(rootAt(size, memory));
      expect(await withStoredNodes(views, (source) => inclusionProof(index, size, source))).toEqual(inclusionProof(index, size, memory));
      expect(await withStoredNodes(views, (source) => consistencyProof(older, size, source))).toEqual(consistencyProof(older, size, memory));
      expect(views.reads - before).toBeLessThanOrEqual(3);
    }), { numRuns: 200, seed: 13 });
  });

  it('a node the view store lacks is TreeNodeMissing, as on SQLite', async () => {
    await expect(withStoredNodes(views, (source) => rootAt(SIZE + 1, source))).rejects.toBeInstanceOf(TreeNodeMissing);
  });
});
