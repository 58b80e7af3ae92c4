import { emptyRoot, HASH_BYTES, nodeHash } from './merkle-hash.js';
import { TreeEdge } from './tree-edge.js';
import { assertTreeIndex, perfectSubtrees, readNode, type TreeNode, type TreeNodeSource } from './tree-nodes.js';

/**
 * The nodes to store when `leafHashes` follow the first `size` leaves: each new leaf, and every
 * complete subtree it closes. Reads only the current peaks (TreeEdge.load) and stores nothing
 * itself, so the caller writes the nodes in the same transaction as the events (group commit
 * included). A writer that appends again and again keeps the TreeEdge instead (tree-writer.ts).
 */
export function appendLeaves(size: number, leafHashes: readonly Buffer[], source: TreeNodeSource): TreeNode[] {
  if (!leafHashes.every((hash) => hash.length === HASH_BYTES)) throw new RangeError(`every leaf hash must be ${HASH_BYTES} bytes`);
  return TreeEdge.load(size, source).extend(leafHashes).nodes;
}

/**
 * MTH(D[from:to]) from stored complete subtrees only: the range's aligned subtrees folded right to
 * left, which is RFC 9162 §2.1.1's recursion for every range that recursion visits. At most log2
 * node reads.
 */
export function rangeHash(from: number, to: number, source: TreeNodeSource): Buffer {
  if (to === from) return emptyRoot();
  // A root (from 0) is always folded from the stored nodes: the service's own checks compare it with the signed heads.
  const known = from > 0 ? source.knownRange?.(from, to) : undefined;
  if (known) return known;
  const hashes = perfectSubtrees(from, to).map(({ level, index }) => readNode(source, level, index));
  let hash = hashes.pop()!;
  while (hashes.length > 0) hash = nodeHash(hashes.pop()!, hash);
  if (from > 0) source.rememberRange?.(from, to, hash);
  return hash;
}

/** The root (MTH) of the first `size` leaves, in at most log2(size) node reads. */
export function rootAt(size: number, source: TreeNodeSource): Buffer {
  assertTreeIndex('size', size);
  return rangeHash(0, size, source);
}
