import { emptyRoot, HASH_BYTES, nodeHash } from './merkle-hash.js';
import { assertTreeIndex, perfectSubtrees, readNode, type TreeNode, type TreeNodeSource } from './tree-nodes.js';

/**
 * The nodes to store when `leafHashes` follow the first `size` leaves: each new leaf, and every
 * complete subtree it closes. Reads only the current peaks (the complete subtrees of the first
 * `size` leaves, at most log2 of them) and stores nothing itself, so the caller writes the nodes in
 * the same transaction as the events (group commit included). O(log n) per leaf, amortised O(1).
 */
export function appendLeaves(size: number, leafHashes: readonly Buffer[], source: TreeNodeSource): TreeNode[] {
  assertTreeIndex('size', size);
  if (!leafHashes.every((hash) => hash.length === HASH_BYTES)) throw new RangeError(`every leaf hash must be ${HASH_BYTES} bytes`);
  // The peaks, largest first: the left siblings any new leaf can close a subtree with.
  const peaks = perfectSubtrees(0, size).map(({ level, index }) => ({ level, hash: readNode(source, level, index) }));
  const added: TreeNode[] = [];
  leafHashes.forEach((hash, offset) => {
    const leaf = size + offset;
    let top = { level: 0, hash };
    added.push({ level: 0, index: leaf, hash });
    // A leaf closes one subtree per trailing 1-bit of its index: merge while the last peak is as tall.
    while (peaks.length > 0 && peaks[peaks.length - 1]!.level === top.level) {
      const left = peaks.pop()!;
      top = { level: top.level + 1, hash: nodeHash(left.hash, top.hash) };
      added.push({ level: top.level, index: Math.floor(leaf / 2 ** top.level), hash: top.hash });
    }
    peaks.push(top);
  });
  return added;
}

/**
 * MTH(D[from:to]) from stored complete subtrees only: the range's aligned subtrees folded right to
 * left, which is RFC 9162 §2.1.1's recursion for every range that recursion visits. At most log2
 * node reads.
 */
export function rangeHash(from: number, to: number, source: TreeNodeSource): Buffer {
  if (to === from) return emptyRoot();
  const hashes = perfectSubtrees(from, to).map(({ level, index }) => readNode(source, level, index));
  let hash = hashes.pop()!;
  while (hashes.length > 0) hash = nodeHash(hashes.pop()!, hash);
  return hash;
}

/** The root (MTH) of the first `size` leaves, in at most log2(size) node reads. */
export function rootAt(size: number, source: TreeNodeSource): Buffer {
  assertTreeIndex('size', size);
  return rangeHash(0, size, source);
}
