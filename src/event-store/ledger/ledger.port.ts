import type { StoredEvent } from '../event-store.port.js';
import type { SignedTreeHead } from './tree-head.js';

/**
 * The transparency log over an event store (issue 13, RFC 9162): the tree's size, roots and proofs,
 * and the signed heads. Hashes are hex. Offered by the engines that keep the tree (the embedded
 * SQLite store today); `ledgerOf` answers null for the others.
 */
export interface Ledger {
  /** The leaf index of a stored event (its order in the log), for auditors to ask for proofs. */
  leafIndexOf(event: StoredEvent): number;
  /** Leaves in the tree (one per event of the log). */
  treeSize(): number;
  /** The log's head position: the tree must hold exactly as many leaves. */
  logSize(): number;
  /** Both sizes read in one snapshot (a commit between two reads would look like a mismatch). */
  sizes(): { readonly treeSize: number; readonly logSize: number };
  rootHash(treeSize: number): string;
  inclusionProof(leafIndex: number, treeSize: number): string[];
  consistencyProof(fromSize: number, toSize: number): string[];
  /** The leaf hash stored for a leaf, or null when the tree does not hold it. */
  leafHash(leafIndex: number): string | null;
  /** A stream's events exactly as stored (never upcast: the leaf covers the stored bytes), each with its leaf index. */
  storedStream(stream: string): Array<{ readonly leafIndex: number; readonly event: StoredEvent }>;
  /** Events after a position, as stored, oldest first (the integrity walk). */
  storedEventsAfter(position: number, limit: number): Array<{ readonly leafIndex: number; readonly event: StoredEvent }>;
  /** An event by id, as stored, with its leaf index. */
  storedEvent(eventId: string): { readonly leafIndex: number; readonly event: StoredEvent } | null;
  /** Keeps a signed head for good (a head for a size already kept is left as it is). */
  storeHead(head: SignedTreeHead): void;
  latestHead(): SignedTreeHead | null;
  /** Heads from `fromSize` up, oldest first. */
  heads(fromSize: number, limit: number): SignedTreeHead[];
  head(treeSize: number): SignedTreeHead | null;
}

/** The store's ledger (a Ledger, or null when its engine keeps no tree), provided by the ledger module. */
export const LEDGER = Symbol('Ledger');

interface HasLedger {
  ledger(): Ledger;
}

/** The store's ledger, or null when its engine keeps no tree. */
export function ledgerOf(store: object): Ledger | null {
  const candidate = store as Partial<HasLedger>;
  return typeof candidate.ledger === 'function' ? candidate.ledger() : null;
}
