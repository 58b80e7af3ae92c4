import { emptyRoot, nodeHash } from './merkle-hash.js';

/**
 * The RFC 9162 §2.1.1 root of a log read once, oldest leaf first, without storing the tree: only the
 * peaks (the complete subtrees of the leaves so far, at most log2 of them) are kept. How an outsider
 * recomputes a root from the events themselves rather than trusting the stored `tree_nodes`.
 */
export class RootAccumulator {
  private readonly peaks: Array<{ level: number; hash: Buffer }> = [];
  private leaves = 0;

  get size(): number {
    return this.leaves;
  }

  add(leafHash: Buffer): void {
    let top = { level: 0, hash: leafHash };
    // Each trailing 1-bit of the leaf's index closes a complete subtree with the peak on its left.
    while (this.peaks.length > 0 && this.peaks[this.peaks.length - 1]!.level === top.level) {
      const left = this.peaks.pop()!;
      top = { level: top.level + 1, hash: nodeHash(left.hash, top.hash) };
    }
    this.peaks.push(top);
    this.leaves += 1;
  }

  /** MTH of the leaves added so far: the peaks folded right to left. */
  root(): Buffer {
    if (this.peaks.length === 0) return emptyRoot();
    let hash = this.peaks[this.peaks.length - 1]!.hash;
    for (let i = this.peaks.length - 2; i >= 0; i -= 1) hash = nodeHash(this.peaks[i]!.hash, hash);
    return hash;
  }
}
