import type { Database, Statement } from 'better-sqlite3';
import type { StoredEvent } from '../event-store.port.js';
import { EventStoreError } from '../errors.js';
import { appendLeaves, rootAt } from '../ledger/incremental-tree.js';
import { eventLeafBytes } from '../ledger/leaf-bytes.js';
import { leafHash } from '../ledger/merkle-hash.js';
import { consistencyProof, inclusionProof } from '../ledger/proofs.js';
import type { TreeNodeSource } from '../ledger/tree-nodes.js';
import { rowToEvent, type EventRow } from './rows.js';

/** Events read at a time when the tree catches up with a log written before it existed. */
const CATCH_UP_BATCH = 2000;

/** Range hashes kept for proofs (SqliteTree.rememberRange). */
const MAX_KEPT_RANGES = 256;

/** The tree and the log disagree: an event was appended without its leaf (a damaged or foreign write). */
export class TreeBehindLog extends EventStoreError {
  constructor(treeSize: number, firstPosition: number) {
    super('LEDGER_INCONSISTENT', `the Merkle tree holds ${treeSize} leaves but the next event is at position ${firstPosition}`, { treeSize, firstPosition });
  }
}

/**
 * The RFC 9162 tree over the whole log (issue 13), kept in `tree_nodes` beside the events: every
 * stored complete subtree, written in the same transaction as the events it covers (a rolled-back
 * append leaves no node) and immutable like them. Leaf i is the event at position i + 1 (positions
 * are gap-free on SQLite), hashed as stored (never upcast), so the leaf of an event never changes.
 */
export class SqliteTree implements TreeNodeSource {
  private readonly select: Statement;
  private readonly insert: Statement;
  private readonly lastLeaf: Statement;
  private readonly eventsAfter: Statement;
  private readonly ranges = new Map<string, Buffer>();

  constructor(private readonly db: Database) {
    this.select = db.prepare('SELECT hash FROM tree_nodes WHERE level = ? AND idx = ?').pluck();
    this.insert = db.prepare('INSERT INTO tree_nodes (level, idx, hash) VALUES (?, ?, ?)');
    this.lastLeaf = db.prepare('SELECT idx FROM tree_nodes WHERE level = 0 ORDER BY idx DESC LIMIT 1').pluck();
    this.eventsAfter = db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?');
  }

  node(level: number, index: number): Buffer | undefined {
    return this.select.get(level, index) as Buffer | undefined;
  }

  /** The incomplete ranges of recent proofs (bench/README.md: folding them was 43 % of a proof's time). */
  knownRange(from: number, to: number): Buffer | undefined {
    return this.ranges.get(`${from}:${to}`);
  }

  rememberRange(from: number, to: number, hash: Buffer): void {
    // A proof at one size needs at most log2 of them: this holds those of a few sizes, then starts over.
    if (this.ranges.size >= MAX_KEPT_RANGES) this.ranges.clear();
    this.ranges.set(`${from}:${to}`, hash);
  }

  /** How many leaves the tree holds. */
  size(): number {
    const last = this.lastLeaf.get() as number | undefined;
    return last === undefined ? 0 : last + 1;
  }

  /** Adds the leaves of events just written at positions size + 1…, inside the caller's transaction. */
  add(events: readonly StoredEvent[]): void {
    if (events.length === 0) return;
    const size = this.size();
    if (events[0]!.position !== size + 1) throw new TreeBehindLog(size, events[0]!.position);
    for (const node of appendLeaves(size, events.map((event) => leafHash(eventLeafBytes(event))), this)) this.insert.run(node.level, node.index, node.hash);
  }

  /**
   * Brings the tree up to the log's head: a log written before the tree existed (or by an older
   * version) gets its leaves once, a batch per transaction, oldest first. Returns the leaves added.
   */
  catchUp(onProgress: (done: number) => void = () => {}): number {
    let added = 0;
    for (;;) {
      const rows = this.eventsAfter.all(this.size(), CATCH_UP_BATCH) as EventRow[];
      if (rows.length === 0) return added;
      this.db.transaction(() => this.add(rows.map(rowToEvent))).immediate();
      added += rows.length;
      onProgress(added);
    }
  }

  root(size: number): Buffer {
    return rootAt(size, this);
  }

  inclusionProof(leafIndex: number, size: number): Buffer[] {
    return inclusionProof(leafIndex, size, this);
  }

  consistencyProof(oldSize: number, newSize: number): Buffer[] {
    return consistencyProof(oldSize, newSize, this);
  }
}
