import { EventStoreError } from '../errors.js';

/**
 * A stored complete subtree: node (level, index) is the hash of leaves
 * [index·2^level, (index+1)·2^level); level 0 holds the leaf hashes.
 */
export interface TreeNode {
  readonly level: number;
  readonly index: number;
  readonly hash: Buffer;
}

/** Where the stored complete subtrees are read from (a SQLite table, a view store, a Map in tests). Sync on purpose: proofs read O(log n) nodes in one go. */
export interface TreeNodeSource {
  node(level: number, index: number): Buffer | undefined;
  /**
   * Optional: a source may keep the hashes of incomplete ranges [from, to) (from > 0) it was given,
   * as a proof at size `to` folds them from the same stored nodes again and again. A range's hash
   * never changes (stored nodes are immutable), so it needs no invalidation.
   */
  knownRange?(from: number, to: number): Buffer | undefined;
  rememberRange?(from: number, to: number, hash: Buffer): void;
}

/** A node the tree needs is not stored: the tree table is damaged or behind the log (a 500, never guessed). */
export class TreeNodeMissing extends EventStoreError {
  constructor(readonly level: number, readonly index: number) {
    super('LEDGER_TREE_NODE_MISSING', `the Merkle tree lacks the stored node at level ${level}, index ${index}`, { level, index });
  }
}

/** Complete subtrees held in memory, one array per level (tests, offline tools). */
export class MemoryTreeNodes implements TreeNodeSource {
  private readonly levels: Buffer[][] = [];

  node(level: number, index: number): Buffer | undefined {
    return this.levels[level]?.[index];
  }

  store(nodes: readonly TreeNode[]): void {
    for (const { level, index, hash } of nodes) (this.levels[level] ??= [])[index] = hash;
  }

  /** Every stored node, level by level, for comparisons in tests. */
  all(): TreeNode[] {
    return this.levels.flatMap((hashes, level) => hashes.flatMap((hash, index) => (hash ? [{ level, index, hash }] : [])));
  }
}

/** The stored node, or TreeNodeMissing. */
export function readNode(source: TreeNodeSource, level: number, index: number): Buffer {
  const hash = source.node(level, index);
  if (hash === undefined) throw new TreeNodeMissing(level, index);
  return hash;
}

/** A position in the tree: whole numbers up to 2^53 (plain arithmetic below, never 32-bit bit operators). */
export function assertTreeIndex(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/** Exact for any safe integer (Math.log2 rounds 2^53 − 1 up to 53). */
export function isPowerOfTwo(n: number): boolean {
  let power = 1;
  while (power < n) power *= 2;
  return power === n;
}

/** The largest power of two strictly below n (n ≥ 2): RFC 9162's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The complete aligned subtrees that make up leaves [from, to), largest first, as the (level, index)
 * of each. `from` must be a multiple of a power of two ≥ to − from — true of every range RFC 9162's
 * recursion visits — so the subtrees are exactly its left spine, and at most log2 of them.
 */
export function perfectSubtrees(from: number, to: number): { level: number; index: number }[] {
  const length = to - from;
  let alignment = 1;
  while (alignment < length) alignment *= 2;
  if (from % alignment !== 0) throw new RangeError(`leaves [${from}, ${to}) are not an RFC 9162 subtree range`);
  const subtrees: { level: number; index: number }[] = [];
  let start = from;
  for (let level = Math.log2(alignment), width = alignment; start < to; level -= 1, width /= 2) {
    if (start + width > to) continue;
    subtrees.push({ level, index: start / width });
    start += width;
  }
  return subtrees;
}
