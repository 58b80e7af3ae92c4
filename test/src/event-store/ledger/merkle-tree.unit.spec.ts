import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { appendLeaves, rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { consistencyProof, inclusionProof, verifyConsistency, verifyInclusion } from '../../../../src/event-store/ledger/proofs.js';
import { MemoryTreeNodes } from '../../../../src/event-store/ledger/tree-nodes.js';
import { fuzzRuns } from '../../../support/fuzz-runs.js';
import { naiveConsistencyProof, naiveInclusionProof, naiveRoot } from './naive-merkle.js';

/** Random logs of 0–300 distinct leaves (distinct, so that two proof elements never coincide by chance), short ones as often as long. */
const logs = (minLength = 0) => fc.oneof(...(['small', 'max'] as const).map((size) =>
  fc.uniqueArray(fc.uint8Array({ maxLength: 12 }), { minLength, maxLength: 300, size, selector: (bytes) => Buffer.from(bytes).toString('hex') })));

function storedTree(leaves: readonly Uint8Array[]): MemoryTreeNodes {
  const nodes = new MemoryTreeNodes();
  nodes.store(appendLeaves(0, leaves.map(leafHash), nodes));
  return nodes;
}
const hexes = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));

describe('Merkle tree over stored complete subtrees (RFC 9162 §2.1, issue 13)', () => {
  it('property: rootAt(n) is the naive recursive MTH of the first n leaves, for the whole log and a prefix', () => {
    fc.assert(fc.property(logs(), fc.nat(), (leaves, cut) => {
      const nodes = storedTree(leaves);
      const prefix = cut % (leaves.length + 1);
      expect(rootAt(leaves.length, nodes)).toEqual(naiveRoot(leaves));
      expect(rootAt(prefix, nodes)).toEqual(naiveRoot(leaves.slice(0, prefix)));
    }), { numRuns: fuzzRuns(100) });
  });

  it('property: appended in random batches (group commit) the tree stores exactly the nodes of one leaf at a time', () => {
    fc.assert(fc.property(logs(), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }), (leaves, batchSizes) => {
      const hashes = leaves.map(leafHash);
      const oneByOne = new MemoryTreeNodes();
      hashes.forEach((hash, index) => oneByOne.store(appendLeaves(index, [hash], oneByOne)));
      const batched = new MemoryTreeNodes();
      for (let size = 0, turn = 0; size < hashes.length; turn += 1) {
        const batch = hashes.slice(size, size + batchSizes[turn % batchSizes.length]!);
        batched.store(appendLeaves(size, batch, batched));
        size += batch.length;
      }
      expect(hexes(batched.all().map((node) => node.hash))).toEqual(hexes(oneByOne.all().map((node) => node.hash)));
      expect(batched.all().map(({ level, index }) => [level, index])).toEqual(oneByOne.all().map(({ level, index }) => [level, index]));
      // Each leaf and every complete subtree, nothing else: 2n − popcount(n) nodes.
      const popcount = [...leaves.length.toString(2)].filter((bit) => bit === '1').length;
      expect(batched.all()).toHaveLength(2 * leaves.length - popcount);
    }), { numRuns: fuzzRuns(100) });
  });

  it('property: every inclusion proof is RFC 9162 PATH(m, D[n]) and verifies (§2.1.3), in the latest tree and in an older head', () => {
    fc.assert(fc.property(logs(1), fc.nat(), (leaves, pick) => {
      const nodes = storedTree(leaves);
      const root = rootAt(leaves.length, nodes);
      for (let index = 0; index < leaves.length; index += 1) {
        const proof = inclusionProof(index, leaves.length, nodes);
        expect(verifyInclusion(leafHash(leaves[index]!), index, leaves.length, proof, root)).toEqual({ ok: true });
      }
      const index = pick % leaves.length;
      expect(hexes(inclusionProof(index, leaves.length, nodes))).toEqual(hexes(naiveInclusionProof(index, leaves)));
      // In an older head: the tree has grown since, the proof still reads only that head's subtrees.
      const headSize = index + 1 + (pick % (leaves.length - index));
      const inHead = inclusionProof(index, headSize, nodes);
      expect(hexes(inHead)).toEqual(hexes(naiveInclusionProof(index, leaves.slice(0, headSize))));
      expect(verifyInclusion(leafHash(leaves[index]!), index, headSize, inHead, naiveRoot(leaves.slice(0, headSize)))).toEqual({ ok: true });
    }), { numRuns: fuzzRuns(100) });
  });

  it('property: every consistency proof is RFC 9162 PROOF(m, D[n]) and verifies (§2.1.4): all m ≤ n for small n, random pairs for larger', () => {
    fc.assert(fc.property(logs(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }), (leaves, picks) => {
      const nodes = storedTree(leaves);
      const pairs = leaves.length <= 24
        ? Array.from({ length: leaves.length + 1 }, (_, n) => Array.from({ length: n + 1 }, (__, m) => [m, n] as const)).flat()
        : picks.map(([a, b]) => [a % (leaves.length + 1), b % (leaves.length + 1)].sort((x, y) => x - y) as [number, number]);
      for (const [m, n] of pairs) {
        const proof = consistencyProof(m, n, nodes);
        expect(verifyConsistency(m, n, rootAt(m, nodes), rootAt(n, nodes), proof)).toEqual({ ok: true });
      }
      const [m, n] = pairs[picks[0]![0] % pairs.length]!;
      expect(hexes(consistencyProof(m, n, nodes))).toEqual(hexes(naiveConsistencyProof(m, leaves.slice(0, n))));
    }), { numRuns: fuzzRuns(100) });
  });
});
