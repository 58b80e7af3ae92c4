import { eventLeafBytes } from './leaf-bytes.js';
import type { HeadsArchive } from './heads-archive.js';
import type { Ledger } from './ledger.port.js';
import { leafHash } from './merkle-hash.js';
import { verifyConsistency } from './proofs.js';
import { RootAccumulator } from './root-accumulator.js';
import { verifyTreeHead, type SignedTreeHead } from './tree-head.js';

export type HeadFailureCode = 'head-signature' | 'events-removed' | 'log-rewritten' | 'consistency-proof';

export type ArchivedHeadsVerdict =
  | { readonly ok: true; readonly heads: number; readonly treeSize: number }
  | { readonly ok: false; readonly head: SignedTreeHead; readonly code: HeadFailureCode; readonly reason: string; readonly treeSize: number };

/** Events read per batch while recomputing the roots. */
const BATCH = 5000;

/**
 * `heads check` (issue 13, witnessing): is the log as it is now an append-only extension of every
 * archived head? Checked as an outsider would, trusting nothing of the operator's but the events:
 * each head's signature with the archive's own keys (a replaced key list does not help a forger);
 * the roots recomputed from the events at each head's size (not read from the stored tree) against
 * the signed roots; and the RFC 9162 consistency proof the log's tree gives from each head to now,
 * verified against those recomputed roots. Someone holding the signing key can sign new heads for a
 * rewritten log, but cannot change the heads that already left the building. Heads are checked
 * oldest (smallest) first; the first that fails is named.
 */
export async function checkArchivedHeads(archive: HeadsArchive, ledger: Ledger): Promise<ArchivedHeadsVerdict> {
  const heads = [...archive.heads].sort((a, b) => a.treeSize - b.treeSize);
  const { rootsAt, treeSize, currentRoot } = await recomputeRoots(ledger, new Set(heads.map((head) => head.treeSize)));
  const failed = (head: SignedTreeHead, code: HeadFailureCode, reason: string): ArchivedHeadsVerdict => ({ ok: false, head, code, reason, treeSize });
  for (const head of heads) {
    const signed = verifyTreeHead(head, archive.keys);
    const which = `the head of size ${head.treeSize} signed at ${head.timestamp}`;
    if (!signed.ok) return failed(head, 'head-signature', `${which} does not verify with the archived keys: ${signed.reason}`);
    if (head.treeSize > treeSize) return failed(head, 'events-removed', `events were removed after ${which}: the log holds ${treeSize} events, the head vouched for ${head.treeSize}`);
    if (rootsAt.get(head.treeSize) !== head.rootHash) return failed(head, 'log-rewritten', `the log was rewritten after ${which}: its first ${head.treeSize} events no longer hash to the root it signed`);
    const proved = await consistencyFrom(ledger, head, treeSize, currentRoot);
    if (proved !== null) return failed(head, 'consistency-proof', `no valid consistency proof from ${which} to the log's ${treeSize} events: ${proved}`);
  }
  return { ok: true, heads: heads.length, treeSize };
}

/** RFC 9162 §2.1.4.2 from the head to the current size, with the proof from the stored tree; null when it verifies. */
async function consistencyFrom(ledger: Ledger, head: SignedTreeHead, treeSize: number, currentRoot: Buffer): Promise<string | null> {
  let proof: string[];
  try {
    proof = await ledger.consistencyProof(head.treeSize, treeSize);
  } catch (error) {
    return `the stored tree cannot give one (${(error as Error).message})`;
  }
  const check = verifyConsistency(head.treeSize, treeSize, Buffer.from(head.rootHash, 'hex'), currentRoot, proof.map((hash) => Buffer.from(hash, 'hex')));
  return check.ok ? null : check.reason;
}

/** One pass over the log, oldest first: the root at each wanted size and at the end, from the events' own leaves. */
async function recomputeRoots(ledger: Ledger, sizes: ReadonlySet<number>): Promise<{ rootsAt: Map<number, string>; treeSize: number; currentRoot: Buffer }> {
  const roots = new RootAccumulator();
  const rootsAt = new Map<number, string>();
  if (sizes.has(0)) rootsAt.set(0, roots.root().toString('hex'));
  for (let after = 0; ;) {
    const batch = await ledger.storedEventsAfter(after, BATCH);
    for (const { event } of batch) {
      roots.add(leafHash(eventLeafBytes(event)));
      if (sizes.has(roots.size)) rootsAt.set(roots.size, roots.root().toString('hex'));
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.event.position;
  }
  return { rootsAt, treeSize: roots.size, currentRoot: roots.root() };
}
