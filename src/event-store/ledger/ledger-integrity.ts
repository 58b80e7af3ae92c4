import { eventLeafBytes } from './leaf-bytes.js';
import type { Ledger } from './ledger.port.js';
import { leafHash } from './merkle-hash.js';
import { RootAccumulator } from './root-accumulator.js';
import { TreeNodeMissing } from './tree-nodes.js';

/** What is wrong with the log, and where: the first bad position (1-based, as the log counts) when it can be named. */
export interface LedgerProblem {
  readonly reason: 'tree-longer-than-log' | 'leaves-missing' | 'tree-shorter-than-signed-head' | 'root-differs-from-signed-head' | 'leaf-mismatch' | 'event-missing' | 'tree-node-missing' | 'leaves-differ-from-signed-root';
  readonly position: number | null;
  readonly detail: string;
}

export const LEDGER_INTEGRITY = Symbol('LedgerIntegrity');

/** Events re-hashed per step of the background scan: a 10M-event log is walked without holding the thread. */
const SCAN_STEP = 5000;
/** Heads compared per step of the walk (the signed sizes it passes). */
const HEADS_PER_STEP = 10_000;

/**
 * The service defending itself (issue 13): the tree against the log and against the last signed
 * head, and a walk that re-hashes every event's leaf. The first problem found stays until an
 * operator acts (restart after repair): readiness answers 503 naming it and writes are refused.
 */
export class LedgerIntegrity {
  private found: LedgerProblem | null = null;
  /** This many events (leaves 0 … scannedThrough − 1) have had their leaves recomputed and compared (this walk). */
  private scannedThrough = 0;
  /** The log position of the last event checked: where the next step reads from (positions need not be dense). */
  private afterPosition = 0;
  /** The root of the recomputed leaves so far: compared with every signed head the walk passes (the inner nodes are never trusted). */
  private accumulator = new RootAccumulator();
  /** How many walks reached the log's head. */
  walks = 0;

  get problem(): LedgerProblem | null {
    return this.found;
  }

  /** O(log n): sizes and the latest signed head's root. A node the tree lacks is a problem too, never an exception. */
  async checkHeads(ledger: Ledger): Promise<LedgerProblem | null> {
    if (this.found) return this.found;
    try {
      return await this.checkSizesAndHead(ledger);
    } catch (error) {
      if (!(error instanceof TreeNodeMissing)) throw error;
      return this.report({ reason: 'tree-node-missing', position: null, detail: `the tree lacks its node at level ${error.level}, index ${error.index}: it was damaged` });
    }
  }

  private async checkSizesAndHead(ledger: Ledger): Promise<LedgerProblem | null> {
    const { treeSize, logSize } = await ledger.sizes();
    if (treeSize > logSize) return this.report({ reason: 'tree-longer-than-log', position: logSize + 1, detail: `the tree holds ${treeSize} leaves but the log ends at position ${logSize}: events were removed` });
    if (treeSize < logSize) return this.report({ reason: 'leaves-missing', position: treeSize + 1, detail: `the log holds ${logSize} events but the tree only ${treeSize} leaves: events were written around the store` });
    const head = await ledger.latestHead();
    if (head === null) return null;
    if (head.treeSize > treeSize) return this.report({ reason: 'tree-shorter-than-signed-head', position: treeSize + 1, detail: `a head was signed at size ${head.treeSize} but the tree holds ${treeSize} leaves` });
    if ((await ledger.rootHash(head.treeSize)) !== head.rootHash) return this.report({ reason: 'root-differs-from-signed-head', position: null, detail: `the tree's root at size ${head.treeSize} is not the root signed at ${head.timestamp}: the log was rewritten after the head was signed` });
    return null;
  }

  /**
   * One step of the walk over the log: up to SCAN_STEP events after the last one checked, each
   * event's leaf recomputed from its stored bytes and compared with the stored leaf. Returns true
   * when the walk has reached the log's head (for a followed ledger: the follower's last leaf).
   * Positions in problems count events from 1 (leaf index + 1): on SQLite that is the log position.
   */
  async scanStep(ledger: Ledger): Promise<boolean> {
    if (this.found) return true;
    const batch = await ledger.storedEventsAfter(this.afterPosition, SCAN_STEP);
    const leavesAfter = this.scannedThrough + batch.length;
    const signed = new Map((await ledger.heads(this.scannedThrough + 1, HEADS_PER_STEP)).filter((head) => head.treeSize <= leavesAfter).map((head) => [head.treeSize, head]));
    const stored = await ledger.leafHashes(this.scannedThrough, batch.length);
    for (const [offset, { leafIndex, event }] of batch.entries()) {
      const expected = this.scannedThrough + 1;
      if (leafIndex !== this.scannedThrough) {
        this.report({ reason: 'event-missing', position: expected, detail: `no event at position ${expected} (the next is at ${event.position}): an event was removed from the log` });
        return true;
      }
      const leaf = leafHash(eventLeafBytes(event));
      if (stored[offset] !== leaf.toString('hex')) {
        this.report({ reason: 'leaf-mismatch', position: expected, detail: `the event at position ${expected} is not the event its leaf was made from: it was changed after it was written` });
        return true;
      }
      this.accumulator.add(leaf);
      this.scannedThrough = expected;
      this.afterPosition = event.position;
      const head = signed.get(expected);
      if (head && this.accumulator.root().toString('hex') !== head.rootHash) {
        this.report({ reason: 'leaves-differ-from-signed-root', position: null, detail: `the events up to position ${expected} do not hash to the root signed at ${head.timestamp}: an event and its leaf were rewritten (the first such event lies at or before ${expected})` });
        return true;
      }
    }
    if (batch.length < SCAN_STEP) {
      // At the head: the next walk starts from the beginning again (a later rewrite is found by a later walk).
      this.scannedThrough = 0;
      this.afterPosition = 0;
      this.accumulator = new RootAccumulator();
      this.walks += 1;
      return true;
    }
    return false;
  }

  private report(problem: LedgerProblem): LedgerProblem {
    this.found = problem;
    return problem;
  }
}
