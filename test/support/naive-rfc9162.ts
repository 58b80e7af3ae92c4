import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1, written as the RFC reads (recursive, O(n) per call): the test's own tree, kept
 * apart from the service's incremental one, to build the bundles the offline verifier checks.
 */
const sha256 = (...parts: Buffer[]): Buffer => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();

export const leafHash = (bytes: Buffer): Buffer => sha256(Buffer.from([0x00]), bytes);
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([0x01]), left, right);

/** k: the largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes (§2.1.1). */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/** PATH(m, D[n]) (§2.1.3.1). */
export function inclusionPath(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...inclusionPath(m, leaves.slice(0, k)), merkleRoot(leaves.slice(k))]
    : [...inclusionPath(m - k, leaves.slice(k)), merkleRoot(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) (§2.1.4.1); the RFC defines it for 0 < m, and the empty tree needs no proof. */
export function consistencyProof(m: number, leaves: readonly Buffer[]): Buffer[] {
  return m === 0 ? [] : subproof(m, leaves, true);
}

function subproof(m: number, leaves: readonly Buffer[], whole: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return whole ? [] : [merkleRoot(leaves)];
  const k = split(n);
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), whole), merkleRoot(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), merkleRoot(leaves.slice(0, k))];
}
