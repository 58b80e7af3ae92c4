import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1 written straight from the text, recursively, over the leaf inputs themselves: the
 * independent oracle the stored-subtree tree and proofs are checked against. Slow on purpose (no
 * stored nodes, O(n) per hash).
 */
const sha256 = (...parts: Uint8Array[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();
const largestPowerOfTwoBelow = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);

/** MTH(D[n]) of §2.1.1. */
export function naiveRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return sha256(Buffer.of(0), leaves[0]!);
  const k = largestPowerOfTwoBelow(leaves.length);
  return sha256(Buffer.of(1), naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
}

/** PATH(m, D[n]) of §2.1.3.1. */
export function naiveInclusionProof(m: number, leaves: readonly Uint8Array[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = largestPowerOfTwoBelow(leaves.length);
  return m < k
    ? [...naiveInclusionProof(m, leaves.slice(0, k)), naiveRoot(leaves.slice(k))]
    : [...naiveInclusionProof(m - k, leaves.slice(k)), naiveRoot(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of §2.1.4.1 (empty for m = 0, by convention). */
export function naiveConsistencyProof(m: number, leaves: readonly Uint8Array[]): Buffer[] {
  return m === 0 ? [] : subproof(m, leaves, true);
}

function subproof(m: number, leaves: readonly Uint8Array[], whole: boolean): Buffer[] {
  if (m === leaves.length) return whole ? [] : [naiveRoot(leaves)];
  const k = largestPowerOfTwoBelow(leaves.length);
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), whole), naiveRoot(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), naiveRoot(leaves.slice(0, k))];
}
