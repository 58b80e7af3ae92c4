import { InvalidInputError } from '../../kernel/domain-error.js';
import type { RecordLoanCheck } from '../commands.js';
import { LoanCheckPbocNotCheckedError, LoanCheckRequiresValidReportError, ReportNotFoundError } from '../errors.js';
import type { LoanCheckRecorded } from '../events.js';
import type { SubjectPolicy } from '../policy.js';
import type { SubjectState } from '../state.js';
import type { ReportRef } from '../values.js';
import { requireOneOf, requireText } from '../../rules/input-checks.js';
import { requireBoolean, requireNewId, requireObject } from './guards.js';
import { reportExists, reportRefusal } from './report-standing.js';

/**
 * A18 dual report: every loan check covers the PBOC credit reference system; at or above the
 * threshold (policy, decision) the bank also relies on a valid review or credit report it names.
 */
export function recordLoanCheck(command: RecordLoanCheck, state: SubjectState, policy: SubjectPolicy): readonly [LoanCheckRecorded] {
  const loanCheckId = requireNewId(state.loanChecks, command.loanCheckId, 'loan check', 'loanCheckId', 'A18');
  const bankId = requireText('bankId', command.bankId, 'A18');
  const amountFen = command.amountFen;
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new InvalidInputError('amountFen', 'MONEY_FEN', `${String(amountFen)} is not a positive whole number of fen (money is never a float)`, {}, 'A18');
  }
  if (!requireBoolean('pbocReferenceChecked', command.pbocReferenceChecked, 'A18')) throw new LoanCheckPbocNotCheckedError(loanCheckId);
  const reliesOn = reportRef(command.reliesOn);
  // A26: always stated by the caller; it matters only for a credit report (a review report has no agency).
  const flagged = requireBoolean('agencyExitedForMisconduct', command.agencyExitedForMisconduct, 'A26');
  const agencyExitedForMisconduct = reliesOn?.kind === 'credit-report' && flagged;
  const thresholdFen = policy.loanCheckThresholdFen;
  const dualReportRequired = amountFen >= thresholdFen;
  if (dualReportRequired) {
    if (reliesOn === null) throw new LoanCheckRequiresValidReportError(loanCheckId, amountFen, thresholdFen, 'no review or credit report was named');
    const refusal = reportRefusal(state, reliesOn, command.now, policy, agencyExitedForMisconduct);
    if (refusal !== null) throw new LoanCheckRequiresValidReportError(loanCheckId, amountFen, thresholdFen, refusal.message, refusal.code);
  } else if (reliesOn !== null && !reportExists(state, reliesOn)) {
    throw new ReportNotFoundError(reliesOn.kind, reliesOn.reportId);
  }
  return [{
    type: 'LoanCheckRecorded',
    data: { loanCheckId, bankId, amountFen, pbocReferenceChecked: true, reliesOn, agencyExitedForMisconduct, thresholdFen, dualReportRequired, checkedAt: command.now },
  }];
}

function reportRef(given: ReportRef | null | undefined): ReportRef | null {
  if (given === null || given === undefined) return null;
  const ref = requireObject('reliesOn', given, 'A18');
  return {
    kind: requireOneOf('reliesOn.kind', ref.kind, ['credit-report', 'review-report'] as const, 'A18'),
    reportId: requireText('reliesOn.reportId', ref.reportId, 'A18'),
  };
}
