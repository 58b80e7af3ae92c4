import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { TreeEdge } from '../../../../src/event-store/ledger/tree-edge.js';
import { MemoryTreeNodes, TreeNodeMissing } from '../../../../src/event-store/ledger/tree-nodes.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { naiveRoot } from './naive-merkle.js';

const leafInput = (i: number) => Buffer.from(`leaf-${i}`);
const leafHashes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => leafHash(leafInput(from + i)));

/** Issue 13: the tree's right edge a writer keeps in memory across appends instead of reading the peaks for each. */
describe('the right edge of the Merkle tree (kept across appends, issue 13)', () => {
  it('grown append by append, stores the same nodes as an edge loaded afresh from the stored tree each time, and the RFC 9162 root (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 25 }), (batches) => {
      const kept = new MemoryTreeNodes();
      const reloaded = new MemoryTreeNodes();
      let edge = TreeEdge.EMPTY;
      let size = 0;
      for (const count of batches) {
        const hashes = leafHashes(size, size + count);
        const grown = edge.extend(hashes);
        kept.store(grown.nodes);
        reloaded.store(TreeEdge.load(size, reloaded).extend(hashes).nodes);
        edge = grown.edge;
        size += count;
        expect(edge.size).toBe(size);
      }
      expect(kept.all()).toEqual(reloaded.all());
      expect(rootAt(size, kept)).toEqual(naiveRoot(Array.from({ length: size }, (_, i) => leafInput(i))));
    }), { seed: 20261207 });
  });

  it('does not change when extended: a refused append leaves the kept edge as it was', () => {
    const edge = TreeEdge.EMPTY.extend(leafHashes(0, 5)).edge;
    const before = edge.extend(leafHashes(5, 6)).nodes;
    edge.extend(leafHashes(5, 9));
    expect(edge.size).toBe(5);
    expect(edge.extend(leafHashes(5, 6)).nodes).toEqual(before);
  });

  it('matches a stored tree only of its size whose last leaf is its own (another writer\'s leaves of the same count do not match)', () => {
    const edge = TreeEdge.EMPTY.extend(leafHashes(0, 6)).edge;
    const last = leafHashes(5, 6)[0]!;
    expect(edge.matches({ index: 5, hash: last })).toBe(true);
    expect(edge.matches({ index: 6, hash: last })).toBe(false);
    expect(edge.matches({ index: 5, hash: createHash('sha256').update('another writer').digest() })).toBe(false);
    expect(edge.matches(null)).toBe(false);
    expect(TreeEdge.EMPTY.matches(null)).toBe(true);
  });

  it('is loaded from popcount(size) stored nodes, and a missing one is TreeNodeMissing', () => {
    const nodes = new MemoryTreeNodes();
    nodes.store(TreeEdge.EMPTY.extend(leafHashes(0, 6)).nodes);
    let reads = 0;
    const counting = { node: (level: number, index: number) => ((reads += 1), nodes.node(level, index)) };
    TreeEdge.load(6, counting, leafHashes(5, 6)[0]!);
    expect(reads).toBe(2);
    expect(() => TreeEdge.load(7, nodes)).toThrow(TreeNodeMissing);
  });
});
