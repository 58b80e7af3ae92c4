import type { JsonObject } from '../../shared/json.js';
import type { LedgerIntegrity, LedgerProblem } from './ledger-integrity.js';

/**
 * Issue 14: only the holder of the head signer's lease checks the ledger, so it records what it found
 * (and, once its checks pass again, the clearing) in the view store's meta under this key; readiness
 * and the write guard of EVERY instance read it there, not only their own memory.
 */
export const LEDGER_PROBLEM_META = 'ledger-problem';

/** The view store's meta reader (structural: a store folder does not import another's port). */
interface MetaReader {
  readMeta(key: string): Promise<JsonObject | null>;
}

export function problemMeta(problem: LedgerProblem | null): JsonObject | null {
  return problem === null ? null : { reason: problem.reason, position: problem.position, detail: problem.detail };
}

export function problemFromMeta(value: JsonObject | null): LedgerProblem | null {
  if (value === null) return null;
  return { reason: String(value.reason) as LedgerProblem['reason'], position: typeof value.position === 'number' ? value.position : null, detail: String(value.detail) };
}

/** The problem this instance found itself, else the one the signer's holder recorded for all. */
export async function ledgerProblemSeen(integrity: LedgerIntegrity, views: MetaReader): Promise<LedgerProblem | null> {
  return integrity.problem ?? problemFromMeta(await views.readMeta(LEDGER_PROBLEM_META));
}
