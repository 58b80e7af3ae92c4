import { describe, it, expect } from '@jest/globals';
import { rootAt } from '../../../../src/event-store/ledger/incremental-tree.js';
import { leafHash } from '../../../../src/event-store/ledger/merkle-hash.js';
import { consistencyProof, inclusionProof } from '../../../../src/event-store/ledger/proofs.js';
import { TreeEdge } from '../../../../src/event-store/ledger/tree-edge.js';
import { MemoryTreeNodes } from '../../../../src/event-store/ledger/tree-nodes.js';

const SIZE = 1000;

/** A stored tree of SIZE leaves that counts its node reads and, if asked, keeps range hashes as SqliteTree does. */
function storedTree(keepRanges: boolean) {
  const nodes = new MemoryTreeNodes();
  nodes.store(TreeEdge.EMPTY.extend(Array.from({ length: SIZE }, (_, i) => leafHash(Buffer.from(`leaf-${i}`)))).nodes);
  const ranges = new Map<string, Buffer>();
  let reads = 0;
  const source = {
    node: (level: number, index: number) => ((reads += 1), nodes.node(level, index)),
    ...(keepRanges ? {
      knownRange: (from: number, to: number) => ranges.get(`${from}:${to}`),
      rememberRange: (from: number, to: number, hash: Buffer) => void ranges.set(`${from}:${to}`, hash),
    } : {}),
  };
  return { source, ranges, readsOf: (work: () => unknown) => ((reads = 0), work(), reads) };
}

/** Issue 13: the incomplete right-edge ranges a proof folds, kept by the source for the next proof at the same size. */
describe('proofs from a source that keeps the hashes of incomplete ranges (issue 13)', () => {
  it('are the same proofs, and a second proof at the same size reads fewer nodes', () => {
    const plain = storedTree(false);
    const keeping = storedTree(true);
    for (const index of [0, 511, 512, 999, 777]) expect(inclusionProof(index, SIZE, keeping.source)).toEqual(inclusionProof(index, SIZE, plain.source));
    for (const old of [1, 500, 512, 513, 998]) expect(consistencyProof(old, SIZE, keeping.source)).toEqual(consistencyProof(old, SIZE, plain.source));
    expect(keeping.readsOf(() => inclusionProof(3, SIZE, keeping.source))).toBeLessThan(plain.readsOf(() => inclusionProof(3, SIZE, plain.source)));
  });

  it('never take a root from the kept ranges: a root is always folded from the stored nodes', () => {
    const keeping = storedTree(true);
    inclusionProof(3, SIZE, keeping.source);
    expect([...keeping.ranges.keys()].every((key) => !key.startsWith('0:'))).toBe(true);
    expect(keeping.readsOf(() => rootAt(SIZE, keeping.source))).toBe([...SIZE.toString(2)].filter((bit) => bit === '1').length);
  });
});
