import type { VerifyReport } from '../event-store.port.js';
import { eventLeafBytes } from './leaf-bytes.js';
import type { Ledger } from './ledger.port.js';
import { leafHash } from './merkle-hash.js';
import { RootAccumulator } from './root-accumulator.js';

type Broken = NonNullable<VerifyReport['firstBroken']>;

/** Events read per batch of the walk. */
const BATCH = 5000;

/**
 * The whole-log check of the Merkle tree (issue 13), for `cli verify`: every event's leaf recomputed
 * from its stored bytes and compared with the stored leaf (an event changed with its stream's chain
 * re-hashed shows here), the tree's size against the log's (a cut-off tail shows here), and the root
 * recomputed from the events against the latest signed head's (a tree rewritten to match shows here).
 * Returns the first problem in log order, or null.
 */
export async function verifyTree(ledger: Ledger): Promise<Broken | null> {
  // Read before the walk, and the log only grows with its tree (one transaction): appends made by a
  // running service during the walk can never look like a tree longer than the log.
  const head = await ledger.latestHead();
  const treeSize = await ledger.treeSize();
  let lastPosition = 0;
  const roots = new RootAccumulator();
  let headRoot: string | null = head !== null && head.treeSize === 0 ? roots.root().toString('hex') : null;
  for (let after = 0; ;) {
    const batch = await ledger.storedEventsAfter(after, BATCH);
    const first = batch[0]?.leafIndex ?? 0;
    const leaves = await ledger.leafHashes(first, batch.length === 0 ? 0 : batch.at(-1)!.leafIndex - first + 1);
    for (const { leafIndex, event } of batch) {
      const at = { stream: event.stream, revision: event.revision, position: event.position };
      const stored = leaves[leafIndex - first] ?? null;
      if (stored === null) return { ...at, reason: 'tree-size-mismatch' };
      const leaf = leafHash(eventLeafBytes(event));
      if (stored !== leaf.toString('hex')) return { ...at, reason: 'leaf-mismatch' };
      roots.add(leaf);
      if (head !== null && roots.size === head.treeSize) headRoot = roots.root().toString('hex');
      lastPosition = event.position;
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.event.position;
  }
  // Leaves past the log's last event: events were removed from its end (their stream is gone with them).
  // (An event without its leaf was named in the walk: the tree shorter than the log.)
  if (treeSize > lastPosition) return { stream: '', revision: -1, position: lastPosition + 1, reason: 'tree-size-mismatch' };
  if (head !== null && headRoot !== head.rootHash) {
    const position = head.treeSize > roots.size ? roots.size + 1 : -1;
    return { stream: '', revision: -1, position, reason: 'signed-head-mismatch' };
  }
  return null;
}
