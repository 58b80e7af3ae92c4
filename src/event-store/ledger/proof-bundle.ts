import type { StoredEvent } from '../event-store.port.js';
import type { SignedTreeHead } from './tree-head.js';

/** The format tag of a proof bundle: what `export` and the HTTP proofs hand an auditor (verifier/README.md). */
export const PROOF_BUNDLE_FORMAT = 'credit-ledger-proof-bundle/1';

/** An event as the leaf covers it: the seven fields, no position, no tree field. */
export type BundledEvent = Pick<StoredEvent, 'eventId' | 'stream' | 'revision' | 'type' | 'schemaVersion' | 'data' | 'metadata'>;

export interface BundleEntry {
  /** 0-based order in the log (on SQLite: position − 1). */
  readonly leafIndex: number;
  readonly event: BundledEvent;
  /** RFC 9162 §2.1.3.1 PATH(leafIndex, D[head.treeSize]), hex. */
  readonly inclusionProof: readonly string[];
}

export interface ConsistencyEntry {
  readonly fromSize: number;
  readonly fromRootHash: string;
  readonly toSize: number;
  /** RFC 9162 §2.1.4.1 PROOF(fromSize, D[toSize]), hex. */
  readonly proof: readonly string[];
}

/** A stream whose every event up to `lastRevision` is in the bundle: a missing revision is then a failure, not a gap. */
export interface WholeStreamClaim {
  readonly stream: string;
  readonly lastRevision?: number;
}

export interface ProofBundle {
  readonly format: typeof PROOF_BUNDLE_FORMAT;
  readonly head: SignedTreeHead;
  readonly events: readonly BundleEntry[];
  readonly wholeStreams?: ReadonlyArray<string | WholeStreamClaim>;
  readonly consistency?: readonly ConsistencyEntry[];
}

/** The entry of `event`: exactly the fields its leaf bytes cover, so the verifier recomputes the same leaf. */
export function bundleEntry(event: StoredEvent, leafIndex: number, inclusionProof: readonly string[]): BundleEntry {
  const { eventId, stream, revision, type, schemaVersion, data, metadata } = event;
  return { leafIndex, event: { eventId, stream, revision, type, schemaVersion, data, metadata }, inclusionProof };
}
