import type { LedgerProblem } from '../event-store/ledger/ledger-integrity.js';
import { LEDGER_PROBLEM_META, problemFromMeta, problemMeta } from '../event-store/ledger/shared-problem.js';
import type { Fence, ViewStore } from '../view-store/view-store.port.js';

/**
 * Records what the head signer's holder found for every instance (issue 14: readiness and the write
 * guard read it from the view store), or clears a recorded problem once its checks pass. Fenced: an
 * ex-holder's verdict is refused (LeaseLost). Written only when it changes.
 */
export async function recordLedgerProblem(views: ViewStore, problem: LedgerProblem | null, fence: Fence | undefined): Promise<void> {
  const recorded = problemFromMeta(await views.readMeta(LEDGER_PROBLEM_META));
  if (JSON.stringify(recorded) === JSON.stringify(problem)) return;
  await views.commit({ changes: [], meta: { [LEDGER_PROBLEM_META]: problemMeta(problem) }, ...(fence ? { fences: [fence] } : {}) });
}
