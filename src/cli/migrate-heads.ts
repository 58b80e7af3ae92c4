import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { CliFailure } from './cli-errors.js';

const PAGE = 1000;

/**
 * Issue 13: the signed tree heads kept beside the SQLite log go with it. A migrated SQLite log has the
 * same events at the same positions, so each head's root is recomputed from the target's own tree
 * before the head is kept there: a head is never carried over a log it does not sign. Heads past what
 * the target holds (a run with --limit) wait for the run that copies their events.
 */
export async function moveSignedHeads(source: Pick<Ledger, 'heads'>, target: Ledger): Promise<string> {
  const size = await target.treeSize();
  let copied = 0;
  let present = 0;
  for (let from = 0; ;) {
    const page = (await source.heads(from, PAGE)).filter((head) => head.treeSize <= size);
    for (const head of page) {
      const root = await target.rootHash(head.treeSize);
      if (root !== head.rootHash)
        throw new CliFailure('MIGRATION_HEAD_MISMATCH', `the source's head of size ${head.treeSize} signs root ${head.rootHash}, the target's tree has ${root} there: the target does not hold the log the head signed`);
      if ((await target.head(head.treeSize)) !== null) present++;
      else {
        await target.storeHead(head);
        copied++;
      }
    }
    if (page.length < PAGE) break;
    from = page[page.length - 1]!.treeSize + 1;
  }
  if (copied + present === 0) return 'none signed in the source, nothing to move';
  return `${copied} copied${present > 0 ? `, ${present} already in the target` : ''} (each root recomputed from the target's tree)`;
}
