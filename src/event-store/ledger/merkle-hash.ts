import { createHash } from 'node:crypto';

/** RFC 9162 §2.1 domain separation: a leaf can never be read as an inner node, nor the reverse. */
const LEAF_PREFIX = Buffer.of(0x00);
const NODE_PREFIX = Buffer.of(0x01);

/** The size of every hash in the tree (SHA-256). */
export const HASH_BYTES = 32;

/** SHA-256(0x00 ‖ bytes): the hash of one leaf (RFC 9162 §2.1.1). */
export function leafHash(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(bytes).digest();
}

/** SHA-256(0x01 ‖ left ‖ right): the hash of an inner node (RFC 9162 §2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) = SHA-256 of the empty string (RFC 9162 §2.1.1). */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}
