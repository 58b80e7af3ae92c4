import { rangeHash } from './incremental-tree.js';
import { emptyRoot, HASH_BYTES, nodeHash } from './merkle-hash.js';
import { assertTreeIndex, isPowerOfTwo, readNode, splitPoint, type TreeNodeSource } from './tree-nodes.js';

/** A verifier's answer: a failed proof says why, for the auditor. */
export type ProofCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const OK: ProofCheck = { ok: true };
const fail = (reason: string): ProofCheck => ({ ok: false, reason });

/**
 * MTH(D[from:to]) for a range RFC 9162's recursion visits: one stored node when the range is a
 * complete subtree, else the fold of at most log2 of them.
 */
function subtreeHash(from: number, to: number, source: TreeNodeSource): Buffer {
  const width = to - from;
  return isPowerOfTwo(width) ? readNode(source, Math.log2(width), from / width) : rangeHash(from, to, source);
}

/**
 * PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, leaf side first, from stored subtrees: each step
 * down the recursion costs one sibling, a complete subtree (one read) on every step but the one
 * that enters a complete subtree from an incomplete range (at most log2 reads): ≤ 2·log2(size) reads.
 */
export function inclusionProof(index: number, size: number, source: TreeNodeSource): Buffer[] {
  assertTreeIndex('index', index);
  assertTreeIndex('size', size);
  if (index >= size) throw new RangeError(`leaf index ${index} is not in a tree of ${size} leaves`);
  const rootSide: Buffer[] = [];
  let [from, to] = [0, size];
  while (to - from > 1) {
    const middle = from + splitPoint(to - from);
    if (index < middle) {
      rootSide.push(subtreeHash(middle, to, source));
      to = middle;
    } else {
      rootSide.push(subtreeHash(from, middle, source));
      from = middle;
    }
  }
  return rootSide.reverse();
}

/**
 * PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1 (SUBPROOF with the `true` flag), from stored
 * subtrees in ≤ 2·log2(newSize) reads. Empty when oldSize is 0 or equals newSize.
 */
export function consistencyProof(oldSize: number, newSize: number, source: TreeNodeSource): Buffer[] {
  assertTreeIndex('oldSize', oldSize);
  assertTreeIndex('newSize', newSize);
  if (oldSize > newSize) throw new RangeError(`a tree of ${newSize} leaves cannot extend one of ${oldSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const rootSide: Buffer[] = [];
  let [from, to, old, whole] = [0, newSize, oldSize, true];
  while (old !== to - from) {
    const k = splitPoint(to - from);
    if (old <= k) {
      rootSide.push(subtreeHash(from + k, to, source));
      to = from + k;
    } else {
      rootSide.push(subtreeHash(from, from + k, source));
      [from, old, whole] = [from + k, old - k, false];
    }
  }
  // The old tree's last complete subtree, unless it is the whole old tree (the verifier has that root).
  if (!whole) rootSide.push(subtreeHash(from, to, source));
  return rootSide.reverse();
}

const isHash = (hash: Uint8Array) => hash.length === HASH_BYTES;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

/** RFC 9162 §2.1.3.2: does `proof` take `leaf` at `index` to `root` in a tree of `size` leaves? */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): ProofCheck {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return fail(`leaf index ${index} is not in a tree of ${size} leaves`);
  if (!isHash(leaf) || !isHash(root) || !proof.every(isHash)) return fail(`every hash must be ${HASH_BYTES} bytes`);
  let [fn, sn] = [index, size - 1];
  let hash: Uint8Array = leaf;
  for (const sibling of proof) {
    if (sn === 0) return fail(`the proof has more than the ${proof.length - 1} hashes a leaf at ${index} of ${size} needs`);
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      // The right edge of an incomplete tree: climb past the levels where this node has no sibling.
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      hash = nodeHash(hash, sibling);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  if (sn !== 0) return fail(`the proof has ${proof.length} hashes, too few for a leaf at ${index} of ${size}`);
  return same(hash, root) ? OK : fail(`the proof leads to root ${Buffer.from(hash).toString('hex')}, not the root given`);
}

/** RFC 9162 §2.1.4.2: is the tree of `newSize` leaves with `newRoot` an append-only extension of the one of `oldSize` with `oldRoot`? */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Uint8Array, newRoot: Uint8Array, proof: readonly Uint8Array[]): ProofCheck {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize) || oldSize < 0 || oldSize > newSize) return fail(`a tree of ${newSize} leaves cannot extend one of ${oldSize}`);
  if (!isHash(oldRoot) || !isHash(newRoot) || !proof.every(isHash)) return fail(`every hash must be ${HASH_BYTES} bytes`);
  if (oldSize === 0) {
    if (proof.length > 0) return fail('a proof from the empty tree must be empty');
    return same(oldRoot, emptyRoot()) ? OK : fail('the old root is not the empty tree\'s root');
  }
  if (oldSize === newSize) {
    if (proof.length > 0) return fail('a proof between equal sizes must be empty');
    return same(oldRoot, newRoot) ? OK : fail(`two different roots for the same size ${oldSize}: the log was rewritten`);
  }
  if (proof.length === 0) return fail('the proof is empty');
  // A power-of-two old tree is a complete subtree of the new one: its root starts the path.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  let [fn, sn] = [oldSize - 1, newSize - 1];
  while (fn % 2 === 1) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  let oldHash: Uint8Array = path[0]!;
  let newHash: Uint8Array = path[0]!;
  for (const hash of path.slice(1)) {
    if (sn === 0) return fail(`the proof has more hashes than sizes ${oldSize} → ${newSize} need`);
    if (fn % 2 === 1 || fn === sn) {
      oldHash = nodeHash(hash, oldHash);
      newHash = nodeHash(hash, newHash);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      newHash = nodeHash(newHash, hash);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  if (sn !== 0) return fail(`the proof has too few hashes for sizes ${oldSize} → ${newSize}`);
  if (!same(oldHash, oldRoot)) return fail(`the proof does not lead to the old root of size ${oldSize}: the earlier log was changed`);
  return same(newHash, newRoot) ? OK : fail(`the proof does not lead to the new root of size ${newSize}`);
}
