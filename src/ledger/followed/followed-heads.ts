import type { JsonObject } from '../../shared/json.js';
import { StaleViewDocument } from '../../view-store/errors.js';
import { MAX_PAGE_SIZE, type Fence, type ViewStore } from '../../view-store/view-store.port.js';
import type { SignedTreeHead } from '../../event-store/ledger/tree-head.js';
import { LEDGER_HEADS } from './view-tree.js';

const toHead = (doc: JsonObject): SignedTreeHead => ({
  treeSize: Number(doc.treeSize), rootHash: String(doc.rootHash), timestamp: String(doc.timestamp), keyId: String(doc.keyId), signature: String(doc.signature),
});

/** A FollowedLedger's signed heads in `ledger_heads`, keyed by tree size: each written once, never replaced (issue 13). */
export class FollowedHeads {
  constructor(private readonly views: ViewStore) {}

  /**
   * Keeps a head for good; a head already kept for its size is left as it is. A create-only write,
   * checked in the commit (never read-then-write): two signers at once cannot replace each other's
   * head (issue 14). With the signer lease's fence, a signer that lost its lease writes nothing (LeaseLost).
   */
  async store(head: SignedTreeHead, fence?: Fence): Promise<void> {
    const { treeSize, rootHash, timestamp, keyId, signature } = head;
    const change = { collection: LEDGER_HEADS, id: String(treeSize), doc: { treeSize, rootHash, timestamp, keyId, signature }, createOnly: true };
    try {
      await this.views.commit({ changes: [change], ...(fence ? { fences: [fence] } : {}) });
    } catch (error) {
      if (!(error instanceof StaleViewDocument)) throw error;
    }
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
