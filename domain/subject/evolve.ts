/**
 * Folds one subject event into the state. Total: it never throws, so the status view and the
 * auditor's time travel can replay any stored stream; an event about an unknown record is ignored.
 */
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

export function evolveSubject(state: SubjectState, event: SubjectEvent): SubjectState {
  switch (event.type) {
    case 'SubjectRegistered':
      return state.registration !== null ? state : { ...state, registration: { ...event.data } };
    case 'CommitmentMade':
      return commitmentMade(state, event);
    case 'CommitmentCheckRecorded':
      return commitmentCheckRecorded(state, event);
    case 'BreachRecorded':
      return breachRecorded(state, event);
    case 'ReviewRequested':
      return reviewRequested(state, event);
    case 'ReviewReportIssued':
      return reviewReportIssued(state, event);
    case 'ReviewReportAmendmentFlagged':
      return reviewReportAmendmentFlagged(state, event);
    case 'ReviewReportAmended':
      return reviewReportAmended(state, event);
    case 'CreditReportFiled':
      return creditReportFiled(state, event);
    case 'ReportUsed':
      return reportUsed(state, event);
    case 'LoanCheckRecorded':
      return loanCheckRecorded(state, event);
    case 'ObjectionFiled':
      return objectionFiled(state, event);
    case 'ObjectionForwarded':
      return objectionForwarded(state, event);
    case 'ObjectionDecided':
      return objectionDecided(state, event);
    case 'RecordCorrected':
      return recordCorrected(state, event);
    case 'RepairApplied':
      return repairApplied(state, event);
    case 'RepairDecided':
      return repairDecided(state, event);
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
