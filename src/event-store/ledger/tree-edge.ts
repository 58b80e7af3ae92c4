import { HASH_BYTES, nodeHash } from './merkle-hash.js';
import { assertTreeIndex, perfectSubtrees, readNode, type TreeNode, type TreeNodeSource } from './tree-nodes.js';

interface Peak {
  readonly level: number;
  readonly hash: Buffer;
}

/**
 * The right edge of the tree after `size` leaves: its peaks (the complete subtrees of those leaves,
 * largest first, at most log2 of them) and its last leaf — all a new leaf needs to know. Immutable:
 * `extend` returns the next edge, so a writer keeps the edge of what is committed and takes the
 * next one only once its append held (a refused append, a rolled-back transaction leave it as it was).
 */
export class TreeEdge {
  private constructor(readonly size: number, private readonly peaks: readonly Peak[], readonly lastLeaf: Buffer | null) {}

  static readonly EMPTY = new TreeEdge(0, [], null);

  /**
   * The edge of the first `size` stored leaves: popcount(size) node reads. `lastLeaf`: the stored
   * hash of leaf size − 1 when the caller has it (matches() needs it; extend() does not).
   */
  static load(size: number, source: TreeNodeSource, lastLeaf: Buffer | null = null): TreeEdge {
    assertTreeIndex('size', size);
    if (size === 0) return TreeEdge.EMPTY;
    const peaks = perfectSubtrees(0, size).map(({ level, index }) => ({ level, hash: readNode(source, level, index) }));
    const last = peaks.at(-1)!;
    return new TreeEdge(size, peaks, last.level === 0 ? last.hash : lastLeaf);
  }

  /**
   * The nodes to store when `leafHashes` follow this edge — each new leaf and every complete
   * subtree it closes — and the edge after them. O(log n) per leaf, amortised O(1); reads nothing.
   */
  extend(leafHashes: readonly Buffer[]): { nodes: TreeNode[]; edge: TreeEdge } {
    if (!leafHashes.every((hash) => hash.length === HASH_BYTES)) throw new RangeError(`every leaf hash must be ${HASH_BYTES} bytes`);
    if (leafHashes.length === 0) return { nodes: [], edge: this };
    const peaks = [...this.peaks];
    const nodes: TreeNode[] = [];
    leafHashes.forEach((hash, offset) => {
      const leaf = this.size + offset;
      let top: Peak = { level: 0, hash };
      nodes.push({ level: 0, index: leaf, hash });
      // A leaf closes one subtree per trailing 1-bit of its index: merge while the last peak is as tall.
      while (peaks.length > 0 && peaks[peaks.length - 1]!.level === top.level) {
        const left = peaks.pop()!;
        top = { level: top.level + 1, hash: nodeHash(left.hash, top.hash) };
        nodes.push({ level: top.level, index: Math.floor(leaf / 2 ** top.level), hash: top.hash });
      }
      peaks.push(top);
    });
    return { nodes, edge: new TreeEdge(this.size + leafHashes.length, peaks, leafHashes.at(-1)!) };
  }

  /** Whether this is the edge of a stored tree whose last leaf is `last` (null: an empty tree). */
  matches(last: { readonly index: number; readonly hash: Buffer } | null): boolean {
    if (last === null) return this.size === 0;
    return this.size === last.index + 1 && this.lastLeaf !== null && this.lastLeaf.equals(last.hash);
  }
}
