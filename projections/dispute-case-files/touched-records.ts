/**
 * Which records an event touches: those whose id its data names (breachId, reviewId, reportId,
 * commitmentId, loanCheckId, useId, repairId, an objection's target). Ids are the `RecordTarget` ids
 * objections use: a review report is known by its review id, a commitment check by its commitment id,
 * a repair decision by the repair's id.
 */
import type { SubjectEvent } from '../../domain/subject/events.js';
import type { RecordTarget } from '../../domain/subject/values.js';

const breach = (id: string | null): RecordTarget[] => (id === null ? [] : [{ kind: 'breach', id }]);
const commitment = (id: string | null): RecordTarget[] => (id === null ? [] : [{ kind: 'commitment', id }]);
/** A commitment's follow-up check is known by the commitment's id. */
const commitmentCheck = (id: string | null): RecordTarget[] => (id === null ? [] : [{ kind: 'commitment-check', id }]);
const repairDecision = (id: string): RecordTarget[] => [{ kind: 'repair-decision', id }];
const reviewReport = (id: string): RecordTarget[] => [{ kind: 'review-report', id }];

export function recordsTouchedBy(event: SubjectEvent): readonly RecordTarget[] {
  switch (event.type) {
    case 'CommitmentMade':
      return commitment(event.data.commitmentId);
    case 'CommitmentCheckRecorded':
      return [...commitmentCheck(event.data.commitmentId), ...commitment(event.data.commitmentId), ...breach(event.data.breachId)];
    case 'BreachRecorded':
      return [...breach(event.data.breachId), ...commitmentCheck(event.data.commitmentId), ...commitment(event.data.commitmentId)];
    case 'ReviewRequested':
    case 'ReviewReportIssued':
    case 'ReviewReportAmended':
      return reviewReport(event.data.reviewId);
    case 'ReviewReportAmendmentFlagged':
      // A14: a flag caused by a breach touches that breach too (a correction's cause is an objection id).
      return [...reviewReport(event.data.reviewId), ...(event.data.causeEventType === 'BreachRecorded' ? breach(event.data.causeId) : [])];
    case 'CreditReportFiled':
      return [{ kind: 'credit-report', id: event.data.reportId }];
    case 'ReportUsed':
      return [{ kind: 'report-use', id: event.data.useId }, { kind: event.data.reportKind, id: event.data.reportId }];
    case 'LoanCheckRecorded':
      return [{ kind: 'loan-check', id: event.data.loanCheckId }, ...(event.data.reliesOn === null ? [] : [{ kind: event.data.reliesOn.kind, id: event.data.reliesOn.reportId }])];
    case 'ObjectionFiled':
    case 'RecordCorrected':
      return [event.data.target];
    case 'RepairApplied':
      return [...breach(event.data.breachId), ...repairDecision(event.data.repairId), ...commitment(event.data.repairCommitmentId)];
    case 'RepairDecided':
      return [...breach(event.data.breachId), ...repairDecision(event.data.repairId)];
    case 'SubjectRegistered':
    case 'ObjectionForwarded': // name only the objection: kept on the case file
    case 'ObjectionDecided':
      return [];
    default:
      return none(event);
  }
}

/** The event that makes each kind of record: the subject's state just before it is "the state when the record was made". */
export const RECORD_MAKING_EVENT: Readonly<Record<RecordTarget['kind'], SubjectEvent['type']>> = {
  breach: 'BreachRecorded',
  'review-report': 'ReviewReportIssued',
  'credit-report': 'CreditReportFiled',
  'commitment-check': 'CommitmentCheckRecorded',
  'loan-check': 'LoanCheckRecorded',
  commitment: 'CommitmentMade',
  'report-use': 'ReportUsed',
  'repair-decision': 'RepairDecided',
};

function none(_event: never): readonly RecordTarget[] {
  return [];
}
