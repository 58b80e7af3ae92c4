import type { JsonObject } from '../../shared/json.js';
import type { Fence, ViewStore } from '../../view-store/view-store.port.js';
import type { EventStore, StoredEvent } from '../../event-store/event-store.port.js';
import { rootAt } from '../../event-store/ledger/incremental-tree.js';
import type { LeafEvent, Ledger } from '../../event-store/ledger/ledger.port.js';
import { consistencyProof, inclusionProof } from '../../event-store/ledger/proofs.js';
import type { SignedTreeHead } from '../../event-store/ledger/tree-head.js';
import { FollowedHeads } from './followed-heads.js';
import { LEDGER_LEAVES, LEDGER_NODES, leafRecord, nodeId, readFollowerState, withStoredNodes } from './view-tree.js';

const hex = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));

/**
 * A Ledger kept by the service over any event store (issue 13, both engines): the tree a
 * LedgerFollower wrote into the view store, read with the same pure proof code as the SQLite
 * store's own tree, so the proofs are the same and verifier/verify-ledger.mjs checks them unchanged.
 * The tree trails the log by design: it answers for the leaves the follower has reached, and the
 * head signer signs only those sizes. `log` must serve events as stored (AsStoredSchemas).
 */
export class FollowedLedger implements Ledger {
  private readonly signedHeads: FollowedHeads;

  constructor(private readonly log: EventStore, private readonly views: ViewStore) {
    this.signedHeads = new FollowedHeads(views);
  }

  async leafIndexesOf(events: readonly StoredEvent[]): Promise<Array<number | null>> {
    const records = await this.leafRecords(events.map((event) => event.eventId));
    return events.map((event) => records.get(event.eventId)?.leafIndex ?? null);
  }

  async treeSize(): Promise<number> {
    return (await readFollowerState(this.views)).treeSize;
  }

  /**
   * The log size the tree is held to: the events the follower has reached, one fewer when its last
   * event is no longer where it was read (events removed from the log: the tree is then longer).
   */
  async sizes(): Promise<{ treeSize: number; logSize: number }> {
    const state = await readFollowerState(this.views);
    if (state.treeSize === 0) return { treeSize: 0, logSize: 0 };
    const last = (await this.views.get(LEDGER_LEAVES, state.lastEventId)) ?? null;
    const [event] = last === null ? [] : await this.log.readAll(leafRecord(last).after, 1);
    return { treeSize: state.treeSize, logSize: event?.eventId === state.lastEventId ? state.treeSize : state.treeSize - 1 };
  }

  async rootHash(treeSize: number): Promise<string> {
    return (await withStoredNodes(this.views, (source) => rootAt(treeSize, source))).toString('hex');
  }

  async inclusionProof(leafIndex: number, treeSize: number): Promise<string[]> {
    return hex(await withStoredNodes(this.views, (source) => inclusionProof(leafIndex, treeSize, source)));
  }

  async consistencyProof(fromSize: number, toSize: number): Promise<string[]> {
    return hex(await withStoredNodes(this.views, (source) => consistencyProof(fromSize, toSize, source)));
  }

  async leafHashes(fromLeaf: number, count: number): Promise<Array<string | null>> {
    const ids = Array.from({ length: count }, (_, offset) => nodeId(0, fromLeaf + offset));
    const docs = count === 0 ? new Map<string, JsonObject>() : await this.views.getMany(LEDGER_NODES, ids);
    return ids.map((id) => (docs.has(id) ? String(docs.get(id)!.hash) : null));
  }

  async storedStream(stream: string): Promise<LeafEvent[]> {
    const events = await this.log.readStream(stream);
    const records = await this.leafRecords(events.map((event) => event.eventId));
    return events.flatMap((event) => {
      const record = records.get(event.eventId);
      return record === undefined ? [] : [{ leafIndex: record.leafIndex, event }];
    });
  }

  /**
   * The log after `position`, up to the follower's last leaf. An event the tree has no leaf record
   * for is given the next leaf index in order, so the walk compares it with that leaf and names it.
   */
  async storedEventsAfter(position: number, limit: number): Promise<LeafEvent[]> {
    const state = await readFollowerState(this.views);
    const events = (await this.log.readAll(position, limit)).filter((event) => event.position <= state.position);
    const records = await this.leafRecords(events.map((event) => event.eventId));
    let previous = events.length === 0 ? -1 : (records.get(events[0]!.eventId)?.leafIndex ?? 0) - 1;
    return events.map((event) => {
      const leafIndex = records.get(event.eventId)?.leafIndex ?? previous + 1;
      previous = leafIndex;
      return { leafIndex, event };
    });
  }

  async storedEvent(eventId: string): Promise<LeafEvent | null> {
    const doc = await this.views.get(LEDGER_LEAVES, eventId);
    if (doc === null) return null;
    const record = leafRecord(doc);
    const [event] = await this.log.readAll(record.after, 1);
    return event?.eventId === eventId ? { leafIndex: record.leafIndex, event } : null;
  }

  storeHead(head: SignedTreeHead, fence?: Fence): Promise<void> {
    return this.signedHeads.store(head, fence);
  }

  latestHead(): Promise<SignedTreeHead | null> {
    return this.signedHeads.latest();
  }

  heads(fromSize: number, limit: number): Promise<SignedTreeHead[]> {
    return this.signedHeads.from(fromSize, limit);
  }

  head(treeSize: number): Promise<SignedTreeHead | null> {
    return this.signedHeads.at(treeSize);
  }

  private async leafRecords(eventIds: readonly string[]) {
    const docs = eventIds.length === 0 ? new Map<string, JsonObject>() : await this.views.getMany(LEDGER_LEAVES, eventIds);
    return new Map([...docs].map(([id, doc]) => [id, leafRecord(doc)]));
  }
}
