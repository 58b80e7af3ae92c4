import { describe, it, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { appendLeaves, rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { consistencyProof, inclusionProof } from '../../../../src/event-store/ledger/proofs.js';
import type { TreeNodeSource } from '../../../../src/event-store/ledger/tree-nodes.js';

const TEN_MILLION = 10_000_000;
const READ_BUDGET = 2 * Math.log2(TEN_MILLION); // ≈ 46.5

/**
 * A log of `size` leaves whose complete subtrees all answer with a made-up but fixed hash: the
 * shape of a 10M-event table without building one. Counts the reads; refuses any node outside
 * the tree, so a proof that strays past the stored subtrees fails.
 */
function syntheticTree(size: number) {
  let reads = 0;
  const made = new Map<string, Buffer>();
  const source: TreeNodeSource = {
    node(level, index) {
      reads += 1;
      if ((index + 1) * 2 ** level > size) return undefined;
      const key = `${level}/${index}`;
      return made.get(key) ?? made.set(key, createHash('sha256').update(key).digest()).get(key);
    },
  };
  return { source, reads: () => reads, reset: () => { reads = 0; } };
}

describe('proof cost at 10,000,000 events (issue 13: O(log n) node reads per proof)', () => {
  const tree = syntheticTree(TEN_MILLION);
  const readsOf = (work: () => unknown) => {
    tree.reset();
    work();
    return tree.reads();
  };

  it.each([0, 1, 4_999_999, 8_388_607, 8_388_608, 9_999_998, 9_999_999, 1_234_567])('an inclusion proof of leaf %i reads ≤ 2·log2(n) nodes', (index) => {
    const reads = readsOf(() => inclusionProof(index, TEN_MILLION, tree.source));
    expect(reads).toBeLessThanOrEqual(READ_BUDGET);
    expect(inclusionProof(index, TEN_MILLION, tree.source).length).toBeLessThanOrEqual(Math.ceil(Math.log2(TEN_MILLION)));
  });

  it.each([[1, TEN_MILLION], [3, TEN_MILLION], [8_388_608, TEN_MILLION], [8_388_609, TEN_MILLION], [9_999_999, TEN_MILLION], [1_234_567, 7_654_321], [5_000_001, 9_999_997]])(
    'a consistency proof %i → %i reads ≤ 2·log2(n) nodes', (oldSize, newSize) => {
      expect(readsOf(() => consistencyProof(oldSize, newSize, tree.source))).toBeLessThanOrEqual(READ_BUDGET);
    });

  it('a root reads one node per 1-bit of the size, and an append reads only the peaks it may close', () => {
    const ones = [...TEN_MILLION.toString(2)].filter((bit) => bit === '1').length;
    expect(readsOf(() => rootAt(TEN_MILLION, tree.source))).toBe(ones);
    expect(readsOf(() => appendLeaves(TEN_MILLION, [Buffer.alloc(32, 1), Buffer.alloc(32, 2)], tree.source))).toBe(ones);
  });

  it('prints the reads and the time of one inclusion and one consistency proof (not asserted: no timing in tests)', () => {
    const prove = (round: number) => {
      inclusionProof(1_234_567 + round, TEN_MILLION, tree.source);
      consistencyProof(7_654_321 + round, TEN_MILLION, tree.source);
    };
    for (let round = 0; round < 100; round += 1) prove(round); // warm the JIT and the made-up hashes
    const reads = readsOf(() => prove(0));
    const rounds = 1000;
    const started = process.hrtime.bigint();
    for (let round = 0; round < rounds; round += 1) prove(round % 100);
    const microseconds = Number(process.hrtime.bigint() - started) / 1000 / rounds;
    console.log(`n = 10,000,000: one inclusion + one consistency proof read ${reads} nodes and take ${microseconds.toFixed(1)} µs (in-memory source)`);
  });
});
