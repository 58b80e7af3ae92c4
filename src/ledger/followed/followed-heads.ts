import type { JsonObject } from '../../shared/json.js';
import { MAX_PAGE_SIZE, type ViewStore } from '../../view-store/view-store.port.js';
import type { SignedTreeHead } from '../../event-store/ledger/tree-head.js';
import { LEDGER_HEADS } from './view-tree.js';

const toHead = (doc: JsonObject): SignedTreeHead => ({
  treeSize: Number(doc.treeSize), rootHash: String(doc.rootHash), timestamp: String(doc.timestamp), keyId: String(doc.keyId), signature: String(doc.signature),
});

/** A FollowedLedger's signed heads in `ledger_heads`, keyed by tree size: each written once, never replaced (issue 13). */
export class FollowedHeads {
  /** Stores one after another: a read-then-write must not race another for the same size (a view-store write replaces). */
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly views: ViewStore) {}

  /** Keeps a head for good; a head already kept for its size is left as it is. One signer writes heads (issue 14). */
  store(head: SignedTreeHead): Promise<void> {
    const write = this.writes.then(() => this.storeOnce(head));
    this.writes = write.catch(() => undefined);
    return write;
  }

  private async storeOnce(head: SignedTreeHead): Promise<void> {
    const id = String(head.treeSize);
    if ((await this.views.get(LEDGER_HEADS, id)) !== null) return;
    const { treeSize, rootHash, timestamp, keyId, signature } = head;
    await this.views.commit({ changes: [{ collection: LEDGER_HEADS, id, doc: { treeSize, rootHash, timestamp, keyId, signature } }] });
  }

  async at(treeSize: number): Promise<SignedTreeHead | null> {
    const doc = await this.views.get(LEDGER_HEADS, String(treeSize));
    return doc === null ? null : toHead(doc);
  }

  async latest(): Promise<SignedTreeHead | null> {
    const { items } = await this.views.find(LEDGER_HEADS, { sort: { field: 'treeSize', direction: 'desc' }, limit: 1 });
    return items.length === 0 ? null : toHead(items[0]!);
  }

  /** Heads of size ≥ fromSize, oldest first, page after page of the view store up to `limit`. */
  async from(fromSize: number, limit: number): Promise<SignedTreeHead[]> {
    const heads: SignedTreeHead[] = [];
    let cursor: string | null = null;
    do {
      const page = await this.views.find(LEDGER_HEADS, { filter: { treeSize: { gte: fromSize } }, sort: { field: 'treeSize', direction: 'asc' }, limit: Math.min(MAX_PAGE_SIZE, limit - heads.length), cursor });
      heads.push(...page.items.map(toHead));
      cursor = page.nextCursor;
    } while (cursor !== null && heads.length < limit);
    return heads;
  }
}
