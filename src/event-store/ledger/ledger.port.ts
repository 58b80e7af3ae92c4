import type { StoredEvent } from '../event-store.port.js';
import type { SignedTreeHead } from './tree-head.js';

/** An event as stored (never upcast: the leaf covers the stored bytes), with its leaf index. */
export interface LeafEvent {
  readonly leafIndex: number;
  readonly event: StoredEvent;
}

/**
 * The transparency log over an event store (issue 13, RFC 9162): the tree's size, roots and proofs,
 * and the signed heads. Hashes are hex. Async, so a ledger kept in a remote store (FollowedLedger
 * over EventStoreDB and MongoDB) answers through the same port as the embedded SQLite store's own.
 * Leaf i is the i-th event of the log, 0-based (on SQLite: position i + 1).
 */
export interface Ledger {
  /** The leaf index of each stored event (its order in the log), or null for an event the tree does not hold yet. */
  leafIndexesOf(events: readonly StoredEvent[]): Promise<Array<number | null>>;
  /** Leaves in the tree. */
  treeSize(): Promise<number>;
  /**
   * Both sizes read in one snapshot (a commit between two reads would look like a mismatch): the
   * tree must hold exactly `logSize` leaves. For a ledger that follows its log, `logSize` counts the
   * events the follower has reached that are still in the log.
   */
  sizes(): Promise<{ readonly treeSize: number; readonly logSize: number }>;
  rootHash(treeSize: number): Promise<string>;
  inclusionProof(leafIndex: number, treeSize: number): Promise<string[]>;
  consistencyProof(fromSize: number, toSize: number): Promise<string[]>;
  /** The leaf hashes stored for leaves from `fromLeaf` on (`count` of them), null where the tree holds none. */
  leafHashes(fromLeaf: number, count: number): Promise<Array<string | null>>;
  /** A stream's events in the tree exactly as stored, each with its leaf index. */
  storedStream(stream: string): Promise<LeafEvent[]>;
  /**
   * Events after a log position, as stored, oldest first (the integrity walk): pass the last
   * returned event's position to go on. A ledger that follows its log stops at the follower's last leaf.
   */
  storedEventsAfter(position: number, limit: number): Promise<LeafEvent[]>;
  /** An event by id, as stored, with its leaf index; null when the tree does not hold it. */
  storedEvent(eventId: string): Promise<LeafEvent | null>;
  /**
   * Keeps a signed head for good (a head for a size already kept is left as it is). `fence`: the
   * head signer's lease (issue 14); a ledger kept in the view store refuses the write once that lease
   * has moved on (LeaseLost). The embedded store's own heads ignore it (written under its log's lock).
   */
  storeHead(head: SignedTreeHead, fence?: HeadFence): Promise<void>;
  latestHead(): Promise<SignedTreeHead | null>;
  /** Heads from `fromSize` up, oldest first. */
  heads(fromSize: number, limit: number): Promise<SignedTreeHead[]>;
  head(treeSize: number): Promise<SignedTreeHead | null>;
}

/** A lease's fencing token, shaped as the view store's Fence (a store folder may not import another's). */
export interface HeadFence {
  readonly lease: string;
  readonly epoch: number;
}

/** The store's ledger (a Ledger, or null when its engine keeps no tree), provided by the ledger module. */
export const LEDGER = Symbol('Ledger');

interface HasLedger {
  ledger(): Ledger;
}

/** The store's own ledger, or null when its engine keeps no tree (the service then keeps a FollowedLedger). */
export function ledgerOf(store: object): Ledger | null {
  const candidate = store as Partial<HasLedger>;
  return typeof candidate.ledger === 'function' ? candidate.ledger() : null;
}
