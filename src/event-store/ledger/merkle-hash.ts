import { createHash, hash } from 'node:crypto';

/** RFC 9162 §2.1 domain separation: a leaf can never be read as an inner node, nor the reverse. */
const LEAF_PREFIX = Buffer.of(0x00);
const NODE_PREFIX = Buffer.of(0x01);

/** The size of every hash in the tree (SHA-256). */
export const HASH_BYTES = 32;

/** SHA-256(0x00 ‖ bytes): the hash of one leaf (RFC 9162 §2.1.1). */
export function leafHash(bytes: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([LEAF_PREFIX, bytes]), 'buffer');
}

/** leafHash of the bytes `parts` make end to end. */
export function leafHashOfParts(parts: readonly Uint8Array[]): Buffer {
  return hash('sha256', Buffer.concat([LEAF_PREFIX, ...parts]), 'buffer');
}

/** SHA-256(0x01 ‖ left ‖ right): the hash of an inner node (RFC 9162 §2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return hash('sha256', Buffer.concat([NODE_PREFIX, left, right]), 'buffer');
}

/** MTH({}) = SHA-256 of the empty string (RFC 9162 §2.1.1). */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}
