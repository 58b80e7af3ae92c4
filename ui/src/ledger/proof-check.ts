/**
 * The subject page checks its subject's proof bundle in the browser (issue 13): each event's leaf
 * recomputed from its stored fields, its RFC 9162 inclusion proof folded up to the signed root, and
 * the head's Ed25519 signature against the published key (WebCrypto). The same checks as
 * verifier/verify-ledger.mjs, so what the page says an auditor can repeat offline.
 */
export interface BundleEvent {
  readonly leafIndex: number;
  readonly event: { readonly eventId: string; readonly stream: string; readonly revision: number; readonly type: string; readonly schemaVersion: number; readonly data: unknown; readonly metadata: unknown };
  readonly inclusionProof: readonly string[];
}

export interface SignedHead {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly keyId: string;
  readonly signature: string;
}

export interface Bundle {
  readonly head: SignedHead;
  readonly events: readonly BundleEvent[];
}

export interface PublishedKey {
  readonly keyId: string;
  readonly publicKeyPem: string;
}

export type ProofVerdict =
  | { readonly ok: true; readonly events: number; readonly head: SignedHead; readonly signature: 'verified' | 'not-checked' }
  | { readonly ok: false; readonly reason: 'signature' | 'inclusion' | 'unknown-key'; readonly revision?: number; readonly head: SignedHead };

/** Canonical JSON as the service writes it (src/event-store/canonical-json.ts): keys sorted, no spaces, undefined members dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record).filter((key) => record[key] !== undefined).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

async function sha256(...parts: Uint8Array[]): Promise<Uint8Array> {
  const joined = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
}

async function leafHash(event: BundleEvent['event']): Promise<Uint8Array> {
  const { eventId, stream, revision, type, schemaVersion, data, metadata } = event;
  return sha256(Uint8Array.of(0), new TextEncoder().encode(canonicalJson({ eventId, stream, revision, type, schemaVersion, data, metadata })));
}

/** RFC 9162 §2.1.3.2. */
export async function verifyInclusion(leafIndex: number, treeSize: number, leaf: Uint8Array, proof: readonly string[], rootHash: string): Promise<boolean> {
  if (leafIndex >= treeSize) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const step of proof) {
    const p = fromHex(step);
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(Uint8Array.of(1), p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else r = await sha256(Uint8Array.of(1), r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hex(r) === rootHash;
}

/** The head's Ed25519 signature, where the browser's WebCrypto knows Ed25519; otherwise it says it did not check. */
async function verifySignature(head: SignedHead, key: PublishedKey): Promise<boolean | null> {
  const der = Uint8Array.from(atob(key.publicKeyPem.replace(/-----[^-]+-----|\s/g, '')), (c) => c.charCodeAt(0));
  let publicKey: CryptoKey;
  try {
    publicKey = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return null;
  }
  const signed = new TextEncoder().encode(['credit-ledger-tree-head/1', String(head.treeSize), head.rootHash, head.timestamp, head.keyId].join('\n'));
  const signature = Uint8Array.from(atob(head.signature), (c) => c.charCodeAt(0));
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, signed);
}

export async function checkBundle(bundle: Bundle, keys: readonly PublishedKey[]): Promise<ProofVerdict> {
  const { head } = bundle;
  const key = keys.find((candidate) => candidate.keyId === head.keyId);
  if (!key) return { ok: false, reason: 'unknown-key', head };
  const signature = await verifySignature(head, key);
  if (signature === false) return { ok: false, reason: 'signature', head };
  for (const entry of bundle.events)
    if (!(await verifyInclusion(entry.leafIndex, head.treeSize, await leafHash(entry.event), entry.inclusionProof, head.rootHash)))
      return { ok: false, reason: 'inclusion', revision: entry.event.revision, head };
  return { ok: true, events: bundle.events.length, head, signature: signature === null ? 'not-checked' : 'verified' };
}
