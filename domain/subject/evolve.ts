/**
 * Folds one subject event into the state. Total: it never throws, so the status view and the
 * auditor's time travel can replay any stored stream; an event about an unknown record is ignored.
 */
import type { FoldScope } from '../kernel/fold-scope.js';
import type { SubjectEvent } from './events.js';
import { objectionDecided, objectionFiled, objectionForwarded, recordCorrected } from './evolve/objections.js';
import {
  breachRecorded,
  commitmentCheckRecorded,
  commitmentMade,
  creditReportFiled,
  loanCheckRecorded,
  repairApplied,
  repairDecided,
  reportUsed,
} from './evolve/records.js';
import { reviewReportAmended, reviewReportAmendmentFlagged, reviewReportIssued, reviewRequested } from './evolve/reviews.js';
import type { SubjectState } from './state.js';

/** `scope` comes from a fold (kernel/fold-scope.ts): what that fold created may change in place. */
export function evolveSubject(state: SubjectState, event: SubjectEvent, scope?: FoldScope): SubjectState {
  switch (event.type) {
    case 'SubjectRegistered':
      return state.registration !== null ? state : { ...state, registration: { ...event.data } };
    case 'CommitmentMade':
      return commitmentMade(state, event, scope);
    case 'CommitmentCheckRecorded':
      return commitmentCheckRecorded(state, event, scope);
    case 'BreachRecorded':
      return breachRecorded(state, event, scope);
    case 'ReviewRequested':
      return reviewRequested(state, event, scope);
    case 'ReviewReportIssued':
      return reviewReportIssued(state, event, scope);
    case 'ReviewReportAmendmentFlagged':
      return reviewReportAmendmentFlagged(state, event, scope);
    case 'ReviewReportAmended':
      return reviewReportAmended(state, event, scope);
    case 'CreditReportFiled':
      return creditReportFiled(state, event, scope);
    case 'ReportUsed':
      return reportUsed(state, event, scope);
    case 'LoanCheckRecorded':
      return loanCheckRecorded(state, event, scope);
    case 'ObjectionFiled':
      return objectionFiled(state, event, scope);
    case 'ObjectionForwarded':
      return objectionForwarded(state, event, scope);
    case 'ObjectionDecided':
      return objectionDecided(state, event, scope);
    case 'RecordCorrected':
      return recordCorrected(state, event, scope);
    case 'RepairApplied':
      return repairApplied(state, event, scope);
    case 'RepairDecided':
      return repairDecided(state, event, scope);
    default:
      return unknownEvent(state, event);
  }
}

/**
 * The exhaustiveness check of this switch: like `assertNever`, the `never` parameter makes the
 * compiler prove every type is handled; unlike it, an unknown stored type at run time (a newer
 * writer) leaves the state as it was instead of throwing.
 */
function unknownEvent(state: SubjectState, _event: never): SubjectState {
  return state;
}
