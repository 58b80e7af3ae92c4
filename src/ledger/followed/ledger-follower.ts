import type { Fence, ViewChange, ViewStore } from '../../view-store/view-store.port.js';
import type { EventStore, StoredEvent } from '../../event-store/event-store.port.js';
import { appendLeaves } from '../../event-store/ledger/incremental-tree.js';
import { eventLeafBytes } from '../../event-store/ledger/leaf-bytes.js';
import { leafHash } from '../../event-store/ledger/merkle-hash.js';
import { followerMeta, FOLLOWER_META, LEDGER_COLLECTIONS, LEDGER_LEAVES, LEDGER_NODES, nodeId, readFollowerState, withStoredNodes, type FollowerState } from './view-tree.js';

/** Events turned into leaves per view-store commit. */
export const FOLLOW_BATCH = 500;

/**
 * Keeps the RFC 9162 tree of a log whose engine keeps none (EventStoreDB; issue 13, both engines):
 * reads the log in its own order (`readAll` from its checkpoint), hashes each event's leaf exactly
 * as the SQLite store does (leaf-bytes.ts), and writes the batch's nodes, its leaf records and the new
 * checkpoint in ONE view-store commit: after a crash a batch is wholly in or not, and following again
 * from the checkpoint gives the same tree (on MongoDB without transactions the meta is written after
 * the nodes, and a batch cut short is written again with the same content). Leaf i is the log's i-th event (EventStoreDB positions
 * are byte offsets, not dense). `log` must serve events as stored (AsStoredSchemas): the leaf
 * covers the stored bytes, never an upcast shape. Only one follower may write a tree (issue 14):
 * each step reads where the tree stands from the store (another instance may have moved it since,
 * a cached state would write it backwards), and with the head signer's lease its commit carries that
 * lease's fence, so a follower whose lease has moved on writes nothing (LeaseLost).
 */
export class LedgerFollower {
  private running: Promise<number> | null = null;

  constructor(private readonly log: EventStore, private readonly views: ViewStore, private readonly batchSize = FOLLOW_BATCH) {}

  /** Creates the ledger's collections (idempotent). */
  async open(): Promise<void> {
    for (const spec of LEDGER_COLLECTIONS) await this.views.ensureCollection(spec);
  }

  /** Adds the leaves of up to one batch of new events; returns how many. Calls never overlap. */
  step(fence?: Fence): Promise<number> {
    this.running ??= this.followOnce(fence).finally(() => (this.running = null));
    return this.running;
  }

  /** Follows until the log has no event beyond the tree; returns the leaves added. */
  async catchUp(fence?: Fence): Promise<number> {
    let added = 0;
    for (let batch = await this.step(fence); batch > 0; batch = await this.step(fence)) added += batch;
    return added;
  }

  private async followOnce(fence: Fence | undefined): Promise<number> {
    const state = await readFollowerState(this.views);
    const events = await this.log.readAll(state.position, this.batchSize);
    if (events.length === 0) return 0;
    const leaves = events.map((event) => leafHash(eventLeafBytes(event)));
    const nodes = await withStoredNodes(this.views, (source) => appendLeaves(state.treeSize, leaves, source));
    const records = leafRecords(events, state);
    const changes: ViewChange[] = [
      ...nodes.map(({ level, index, hash }) => ({ collection: LEDGER_NODES, id: nodeId(level, index), doc: { hash: hash.toString('hex'), ...(level === 0 ? records[index - state.treeSize]!.leaf : {}) } })),
      ...records.map(({ eventId, leaf }) => ({ collection: LEDGER_LEAVES, id: eventId, doc: leaf })),
    ];
    const last = events.at(-1)!;
    const next: FollowerState = { treeSize: state.treeSize + events.length, position: last.position, lastEventId: last.eventId };
    await this.views.commit({ changes, meta: { [FOLLOWER_META]: followerMeta(next) }, ...(fence ? { fences: [fence] } : {}) });
    return events.length;
  }
}

function leafRecords(events: readonly StoredEvent[], state: FollowerState) {
  return events.map((event, offset) => ({
    eventId: event.eventId,
    leaf: { leafIndex: state.treeSize + offset, position: event.position, after: offset === 0 ? state.position : events[offset - 1]!.position, eventId: event.eventId },
  }));
}
