import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { appendLeaves, rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { consistencyProof, inclusionProof, verifyConsistency, verifyInclusion } from '../../../../src/event-store/ledger/proofs.js';
import { MemoryTreeNodes } from '../../../../src/event-store/ledger/tree-nodes.js';
import { fuzzRuns } from '../../../support/fuzz-runs.js';

/** A log of 2–300 distinct leaves (distinct, so that no two proof elements are equal by chance) and its stored tree. */
const trees = fc.oneof(...(['small', 'max'] as const).map((size) =>
  fc.uniqueArray(fc.uint8Array({ maxLength: 12 }), { minLength: 2, maxLength: 300, size, selector: (bytes) => Buffer.from(bytes).toString('hex') })))
  .map((leaves) => {
    const nodes = new MemoryTreeNodes();
    const hashes = leaves.map(leafHash);
    nodes.store(appendLeaves(0, hashes, nodes));
    return { hashes, nodes, size: leaves.length };
  });

const flipBit = (hash: Uint8Array, bit: number) => {
  const copy = Buffer.from(hash);
  copy[(bit >> 3) % copy.length]! ^= 1 << (bit & 7);
  return copy;
};
const swap = <T>(items: readonly T[], i: number, j: number) => items.map((item, at) => (at === i ? items[j]! : at === j ? items[i]! : item));

/** Every way of spoiling a proof the issue names: a flipped bit in any element, a truncation, an extra element, two elements swapped. */
function spoiledProofs(proof: readonly Buffer[], bit: number): [string, Buffer[]][] {
  const spoiled: [string, Buffer[]][] = proof.map((_, i) => [`bit ${bit} of element ${i} flipped`, proof.map((hash, at) => (at === i ? flipBit(hash, bit) : hash))]);
  if (proof.length > 0) spoiled.push(['last element dropped', proof.slice(0, -1)], ['first element dropped', proof.slice(1)]);
  spoiled.push(['an element appended', [...proof, proof[0] ?? Buffer.alloc(32)]]);
  for (let i = 0; i < proof.length; i += 1) for (let j = i + 1; j < proof.length; j += 1) spoiled.push([`elements ${i} and ${j} swapped`, swap(proof, i, j)]);
  return spoiled;
}

describe('Merkle proofs break under any change (RFC 9162 §2.1.3.2, §2.1.4.2; issue 13)', () => {
  it('property: an inclusion proof fails after a flipped bit in the proof, the leaf or the root, a truncation, an extra element, a reordering, a wrong index or a wrong size', () => {
    fc.assert(fc.property(trees, fc.nat(), fc.nat(255), ({ hashes, nodes, size }, pick, bit) => {
      const index = pick % size;
      const [leaf, root] = [hashes[index]!, rootAt(size, nodes)];
      const proof = inclusionProof(index, size, nodes);
      for (const [how, spoiled] of spoiledProofs(proof, bit)) {
        expect([how, verifyInclusion(leaf, index, size, spoiled, root).ok]).toEqual([how, false]);
      }
      expect(verifyInclusion(flipBit(leaf, bit), index, size, proof, root).ok).toBe(false);
      expect(verifyInclusion(leaf, index, size, proof, flipBit(root, bit)).ok).toBe(false);
      for (let other = 0; other < size; other += 1) {
        if (other !== index) expect([other, verifyInclusion(leaf, other, size, proof, root).ok]).toEqual([other, false]);
      }
      // The size is not hashed into the path (the signed head binds it), so a wrong size with the
      // same root fails only when it changes the path's shape — which 2n and ⌊n/2⌋ always do —
      // and any other size fails against that size's own root.
      expect(verifyInclusion(leaf, index, size * 2, proof, root).ok).toBe(false);
      expect(verifyInclusion(leaf, index, Math.floor(size / 2), proof, root).ok).toBe(false);
      for (let other = index + 1; other <= size; other += 1) {
        if (other !== size) expect([other, verifyInclusion(leaf, index, other, proof, rootAt(other, nodes)).ok]).toEqual([other, false]);
      }
    }), { numRuns: fuzzRuns(100) });
  });

  it('property: a consistency proof fails after a flipped bit in the proof or either root, a truncation, an extra element, a reordering, swapped roots, or a wrong size', () => {
    fc.assert(fc.property(trees, fc.nat(), fc.nat(), fc.nat(255), ({ nodes, size }, a, b, bit) => {
      // 0 < m < n: the sizes with a non-empty proof (m = 0 and m = n are checked by their own rules).
      const n = 2 + (a % (size - 1));
      const m = 1 + (b % (n - 1));
      const [oldRoot, newRoot] = [rootAt(m, nodes), rootAt(n, nodes)];
      const proof = consistencyProof(m, n, nodes);
      expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toEqual({ ok: true });
      for (const [how, spoiled] of spoiledProofs(proof, bit)) {
        expect([how, verifyConsistency(m, n, oldRoot, newRoot, spoiled).ok]).toEqual([how, false]);
      }
      expect(verifyConsistency(m, n, flipBit(oldRoot, bit), newRoot, proof).ok).toBe(false);
      expect(verifyConsistency(m, n, oldRoot, flipBit(newRoot, bit), proof).ok).toBe(false);
      expect(verifyConsistency(m, n, newRoot, oldRoot, proof).ok).toBe(false);
      expect(verifyConsistency(m, n, oldRoot, newRoot, []).ok).toBe(false);
      for (let other = 1; other <= n; other += 1) {
        if (other !== m) expect([`old size ${other}`, verifyConsistency(other, n, oldRoot, newRoot, proof).ok]).toEqual([`old size ${other}`, false]);
      }
      // As for inclusion, the new size shapes the path but is not hashed: a proof never passes for
      // another new size with that size's own root, nor for twice the size with the same root.
      for (const other of [n - 1, n + 1].filter((other) => other > m && other <= size)) {
        expect([`new size ${other}`, verifyConsistency(m, other, oldRoot, rootAt(other, nodes), proof).ok]).toEqual([`new size ${other}`, false]);
      }
      expect(verifyConsistency(m, n * 2, oldRoot, newRoot, proof).ok).toBe(false);
    }), { numRuns: fuzzRuns(100) });
  });
});
