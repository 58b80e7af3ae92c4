import { eventLeafBytes } from './leaf-bytes.js';
import type { Ledger } from './ledger.port.js';
import { leafHash } from './merkle-hash.js';

/** What is wrong with the log, and where: the first bad position (1-based, as the log counts) when it can be named. */
export interface LedgerProblem {
  readonly reason: 'tree-longer-than-log' | 'leaves-missing' | 'tree-shorter-than-signed-head' | 'root-differs-from-signed-head' | 'leaf-mismatch' | 'event-missing';
  readonly position: number | null;
  readonly detail: string;
}

export const LEDGER_INTEGRITY = Symbol('LedgerIntegrity');

/** Events re-hashed per step of the background scan: a 10M-event log is walked without holding the thread. */
const SCAN_STEP = 5000;

/**
 * The service defending itself (issue 13): the tree against the log and against the last signed
 * head, and a walk that re-hashes every event's leaf. The first problem found stays until an
 * operator acts (restart after repair): readiness answers 503 naming it and writes are refused.
 */
export class LedgerIntegrity {
  private found: LedgerProblem | null = null;
  /** Events up to here have had their leaves recomputed and compared. */
  private scannedThrough = 0;

  get problem(): LedgerProblem | null {
    return this.found;
  }

  /** O(log n): sizes and the latest signed head's root. */
  checkHeads(ledger: Ledger): LedgerProblem | null {
    if (this.found) return this.found;
    const treeSize = ledger.treeSize();
    const logSize = ledger.logSize();
    if (treeSize > logSize) return this.report({ reason: 'tree-longer-than-log', position: logSize + 1, detail: `the tree holds ${treeSize} leaves but the log ends at position ${logSize}: events were removed` });
    if (treeSize < logSize) return this.report({ reason: 'leaves-missing', position: treeSize + 1, detail: `the log holds ${logSize} events but the tree only ${treeSize} leaves: events were written around the store` });
    const head = ledger.latestHead();
    if (head === null) return null;
    if (head.treeSize > treeSize) return this.report({ reason: 'tree-shorter-than-signed-head', position: treeSize + 1, detail: `a head was signed at size ${head.treeSize} but the tree holds ${treeSize} leaves` });
    if (ledger.rootHash(head.treeSize) !== head.rootHash) return this.report({ reason: 'root-differs-from-signed-head', position: null, detail: `the tree's root at size ${head.treeSize} is not the root signed at ${head.timestamp}: the log was rewritten after the head was signed` });
    return null;
  }

  /**
   * One step of the walk over the log: up to SCAN_STEP events after the last one checked, each
   * event's leaf recomputed from its stored bytes and compared with the stored leaf. Returns true
   * when the walk has reached the log's head.
   */
  scanStep(ledger: Ledger): boolean {
    if (this.found) return true;
    const batch = ledger.storedEventsAfter(this.scannedThrough, SCAN_STEP);
    for (const { event } of batch) {
      const position = event.position;
      if (position !== this.scannedThrough + 1) {
        this.report({ reason: 'event-missing', position: this.scannedThrough + 1, detail: `no event at position ${this.scannedThrough + 1} (the next is at ${position}): an event was removed from the log` });
        return true;
      }
      const stored = ledger.leafHash(position - 1);
      if (stored !== leafHash(eventLeafBytes(event)).toString('hex')) {
        this.report({ reason: 'leaf-mismatch', position, detail: `the event at position ${position} is not the event its leaf was made from: it was changed after it was written` });
        return true;
      }
      this.scannedThrough = position;
    }
    return batch.length < SCAN_STEP;
  }

  private report(problem: LedgerProblem): LedgerProblem {
    this.found = problem;
    return problem;
  }
}
