import type { JsonObject } from '../../shared/json.js';
import type { CollectionSpec, ViewStore } from '../../view-store/view-store.port.js';
import { HASH_BYTES } from '../../event-store/ledger/merkle-hash.js';
import type { TreeNodeSource } from '../../event-store/ledger/tree-nodes.js';

/**
 * Where a FollowedLedger keeps its tree in the view store (issue 13, both engines): collections of
 * its own, never a projection's, so no rebuild of the views touches them.
 * - `ledger_nodes`: every stored complete subtree, id `level:index`, `{ hash }`; a leaf (level 0) also
 *   names its event and the log positions around it (`position`, `after`: the previous leaf's position);
 * - `ledger_leaves`: event id → `{ leafIndex, position, after }`;
 * - `ledger_heads`: signed heads keyed by tree size, written once, never replaced;
 * - meta `ledger-follower`: how far the tree has followed the log, in the same commit as the nodes.
 */
export const LEDGER_NODES = 'ledger_nodes';
export const LEDGER_LEAVES = 'ledger_leaves';
export const LEDGER_HEADS = 'ledger_heads';
export const FOLLOWER_META = 'ledger-follower';

export const LEDGER_COLLECTIONS: readonly CollectionSpec[] = [
  { name: LEDGER_NODES, indexes: [] },
  { name: LEDGER_LEAVES, indexes: [] },
  { name: LEDGER_HEADS, indexes: ['treeSize'] },
];

/** How far the follower has come: `treeSize` leaves, the last at log position `position` (0, '' before the first). */
export interface FollowerState {
  readonly treeSize: number;
  readonly position: number;
  readonly lastEventId: string;
}

export const EMPTY_FOLLOWER: FollowerState = { treeSize: 0, position: 0, lastEventId: '' };

export const nodeId = (level: number, index: number): string => `${level}:${index}`;

/** A leaf's record: where its event lies in the log, so the event can be read again as stored. */
export interface LeafRecord {
  readonly leafIndex: number;
  readonly position: number;
  /** The previous leaf's position (0 for the first): `readAll(after, 1)` reads this leaf's event. */
  readonly after: number;
}

export async function readFollowerState(views: ViewStore): Promise<FollowerState> {
  const meta = await views.readMeta(FOLLOWER_META);
  if (meta === null) return EMPTY_FOLLOWER;
  return { treeSize: Number(meta.treeSize), position: Number(meta.position), lastEventId: String(meta.lastEventId) };
}

export const followerMeta = (state: FollowerState): JsonObject => ({ ...state });

export function leafRecord(doc: JsonObject): LeafRecord {
  return { leafIndex: Number(doc.leafIndex), position: Number(doc.position), after: Number(doc.after) };
}

const PLACEHOLDER = Buffer.alloc(HASH_BYTES);

/**
 * Runs a pure tree computation (incremental-tree.ts, proofs.ts) over nodes kept in the view store.
 * Which nodes those computations read depends on the sizes and indexes only, never on the hashes:
 * a dry run over placeholders names them, one getMany fetches them, the real run uses them. A node
 * the store lacks is then TreeNodeMissing, as on SQLite.
 */
export async function withStoredNodes<T>(views: ViewStore, compute: (source: TreeNodeSource) => T): Promise<T> {
  const wanted = new Set<string>();
  compute({ node: (level, index) => (wanted.add(nodeId(level, index)), PLACEHOLDER) });
  const docs = wanted.size === 0 ? new Map<string, JsonObject>() : await views.getMany(LEDGER_NODES, [...wanted]);
  return compute({
    node: (level, index) => {
      const doc = docs.get(nodeId(level, index));
      return doc === undefined ? undefined : Buffer.from(String(doc.hash), 'hex');
    },
  });
}
