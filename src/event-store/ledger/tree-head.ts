import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** The first line of the signed bytes: names the format, so a head's signature can never pass for anything else. */
export const TREE_HEAD_TAG = 'credit-ledger-tree-head/1';

/** What a head states about the log (issue 13 ledger formats, "Signed tree head"). */
export interface TreeHeadBody {
  readonly treeSize: number;
  /** RFC 9162 §2.1.1 MTH of the first `treeSize` leaves, 64 hex lower case. */
  readonly rootHash: string;
  /** ISO instant (`+08:00`) at which the head was signed. */
  readonly timestamp: string;
}

export interface SignedTreeHead extends TreeHeadBody {
  /** First 16 bytes (32 hex) of SHA-256 of the signing key's SPKI DER. */
  readonly keyId: string;
  /** Ed25519 over `signedHeadBytes`, base64. */
  readonly signature: string;
}

/** One entry of the published key list: old keys stay listed, so heads they signed stay verifiable. */
export interface PublishedKey {
  readonly keyId: string;
  readonly algorithm: 'Ed25519';
  readonly publicKeyPem: string;
  /** ISO instant from which the key signs heads. */
  readonly from: string;
  /** ISO instant at which it was retired, or null while it is the current key. */
  readonly until: string | null;
}

export interface PublishedKeyList {
  readonly keys: readonly PublishedKey[];
}

/** The signing half the service holds. */
export interface HeadSigningKey {
  readonly keyId: string;
  readonly privateKey: KeyObject;
}

export type HeadFailure = 'malformed-head' | 'unknown-key' | 'key-id-mismatch' | 'outside-key-validity' | 'bad-signature';

export type HeadVerdict =
  | { readonly ok: true; readonly reason: null; readonly key: PublishedKey }
  | { readonly ok: false; readonly reason: string; readonly code: HeadFailure };

const HEX64 = /^[0-9a-f]{64}$/;
const HEX32 = /^[0-9a-f]{32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** keyId of a public key (a KeyObject or SPKI PEM): the first 16 bytes of SHA-256 of its SPKI DER, hex. */
export function keyIdOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const der = (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 32);
}

/** The bytes an Ed25519 signature covers: the tag and the four fields, one a line, no trailing newline. */
export function signedHeadBytes(head: TreeHeadBody & { readonly keyId: string }): Buffer {
  return Buffer.from([TREE_HEAD_TAG, `${head.treeSize}`, head.rootHash, head.timestamp, head.keyId].join('\n'), 'utf8');
}

export function signTreeHead(body: TreeHeadBody, key: HeadSigningKey): SignedTreeHead {
  const malformed = headShapeProblem({ ...body, keyId: key.keyId, signature: 'AA==' });
  if (malformed !== null) throw new TypeError(`cannot sign the tree head: ${malformed}`);
  const unsigned = { treeSize: body.treeSize, rootHash: body.rootHash, timestamp: body.timestamp, keyId: key.keyId };
  const signature = sign(null, signedHeadBytes(unsigned), key.privateKey).toString('base64');
  return { ...unsigned, signature };
}

/**
 * Checks a head against the published keys: its shape, a listed key with that keyId (whose PEM really
 * has that keyId), the key's from/until covering the head's timestamp, and the Ed25519 signature.
 */
export function verifyTreeHead(head: unknown, publicKeys: PublishedKeyList | readonly PublishedKey[]): HeadVerdict {
  const malformed = headShapeProblem(head);
  if (malformed !== null) return { ok: false, code: 'malformed-head', reason: malformed };
  const valid = head as SignedTreeHead;
  const keys: readonly PublishedKey[] = isKeyList(publicKeys) ? publicKeys.keys : publicKeys;
  const key = keys.find((candidate) => candidate.keyId === valid.keyId);
  if (key === undefined) return { ok: false, code: 'unknown-key', reason: `no published key has keyId ${valid.keyId}` };
  if (key.algorithm !== 'Ed25519' || keyIdOf(key.publicKeyPem) !== key.keyId) {
    return { ok: false, code: 'key-id-mismatch', reason: `the published key listed as ${key.keyId} is not an Ed25519 key with that keyId` };
  }
  const at = Date.parse(valid.timestamp);
  const from = Date.parse(key.from);
  const until = key.until === null ? Number.POSITIVE_INFINITY : Date.parse(key.until);
  // A validity that does not parse covers nothing (a NaN comparison would let every head through).
  if (!(at >= from && at <= until)) {
    return { ok: false, code: 'outside-key-validity', reason: `the head's timestamp ${valid.timestamp} is outside key ${key.keyId}'s validity (${key.from} to ${key.until ?? 'now'})` };
  }
  const good = verify(null, signedHeadBytes(valid), createPublicKey(key.publicKeyPem), Buffer.from(valid.signature, 'base64'));
  if (!good) return { ok: false, code: 'bad-signature', reason: `the signature does not match the head under key ${key.keyId}` };
  return { ok: true, reason: null, key };
}

function isKeyList(keys: PublishedKeyList | readonly PublishedKey[]): keys is PublishedKeyList {
  return !Array.isArray(keys);
}

/** Why `head` is not a well-formed signed head, or null. */
function headShapeProblem(head: unknown): string | null {
  if (head === null || typeof head !== 'object') return 'the head is not a JSON object';
  const { treeSize, rootHash, timestamp, keyId, signature } = head as Record<string, unknown>;
  if (typeof treeSize !== 'number' || !Number.isSafeInteger(treeSize) || treeSize < 0) return 'treeSize must be a non-negative integer';
  if (typeof rootHash !== 'string' || !HEX64.test(rootHash)) return 'rootHash must be 64 lower-case hex digits';
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return 'timestamp must be an ISO instant';
  if (typeof keyId !== 'string' || !HEX32.test(keyId)) return 'keyId must be 32 lower-case hex digits';
  if (typeof signature !== 'string' || !BASE64.test(signature)) return 'signature must be base64';
  return null;
}
