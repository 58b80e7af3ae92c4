/**
 * One subject's life, as the subject decider decided it from the domain specs' fixture commands
 * (test/domain/subject/fixture-commands.ts: register, breach, credit report, review, commitment,
 * report, check, loan check, objection forwarded and corrected, use, minor breach, amendment,
 * objection unresolved, repair approved). Frozen here as typed events so these specs test the
 * views, not the decider of the day; the `SubjectEvent` type keeps every shape exact.
 */
import type { SubjectEvent } from '../../../domain/subject/events.js';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { stored } from './harness.js';

export const SUBJECT_ID = '91320583722291823U';
export const SUBJECT_STREAM = `subject-${SUBJECT_ID}`;

/** Every type of the subject stream occurs at least once. */
export const SCENARIO: readonly SubjectEvent[] = [
  { type: 'SubjectRegistered', data: { subjectId: '91320583722291823U', kind: 'organisation', uscc: '91320583722291823U', name: '昆山示例精密机械有限公司', legalRepresentative: null, divisionCode: '320583', usccWarnings: [], registeredAt: '2026-01-05T09:00:00+08:00' } },
  { type: 'BreachRecorded', data: { breachId: 'BR-1', departmentId: 'DEP-MARKET', breachClass: 'general', basisDocument: '昆市监罚〔2026〕12号', decisionDate: '2026-01-15', disclosureMonths: 6, disclosedThrough: '2026-07-15', repairPossibleFrom: '2026-04-16', commitmentId: null, summary: 'failed to keep a quality pledge', subjectMinorOnDecision: false, recordedAt: '2026-01-16T09:00:00+08:00' } },
  { type: 'CreditReportFiled', data: { reportId: 'CR-1', agencyId: 'AG-17', commissionedBy: { kind: 'subject' }, issuedOn: '2026-01-20', sections: { basicInformation: 'registered 2001', businessInformation: null, financialData: null, bankCreditRecords: null, contractPerformance: null, publicCreditSupervision: null, judicialCredit: null, otherInformation: null }, summary: 'sound', rating: { grade: 'AA', modifier: '+' }, riskNotes: [], validThrough: '2027-01-20', expiresAt: '2027-01-20T23:59:59.999+08:00', filedAt: '2026-01-21T10:00:00+08:00' } },
  { type: 'ReviewRequested', data: { reviewId: 'RV-1', requestedBy: { kind: 'subject' }, forDepartmentId: null, area: 'fiscal-funds-policy-loans', matter: 'technology subsidy 2026', receivedAt: '2026-02-02T09:00:00+08:00', dueAt: '2026-02-09T23:59:59.999+08:00', dueDate: '2026-02-09', provisional: false } },
  { type: 'CommitmentMade', data: { commitmentId: 'CM-1', kind: 'approval-replacing', matter: 'construction permit', departmentId: 'DEP-HOUSING', pledges: { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true }, consentToPublication: true, followUpCheckOn: '2026-06-01', madeAt: '2026-02-02T10:00:00+08:00' } },
  { type: 'ReviewReportIssued', data: { reviewId: 'RV-1', conclusion: 'no-adverse-record', findings: [], issuedAt: '2026-02-05T15:00:00+08:00', issuedOn: '2026-02-05', late: false, validThrough: '2027-02-05', expiresAt: '2027-02-05T23:59:59.999+08:00' } },
  { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'kept', checkedOn: '2026-02-20', departmentId: 'DEP-HOUSING', breachId: null, recordedAt: '2026-02-20T10:00:00+08:00' } },
  { type: 'LoanCheckRecorded', data: { loanCheckId: 'LC-1', bankId: 'BANK-1', amountFen: 10000, pbocReferenceChecked: true, reliesOn: { kind: 'credit-report', reportId: 'CR-1' }, agencyExitedForMisconduct: false, thresholdFen: 1000000000, dualReportRequired: false, checkedAt: '2026-02-20T10:00:00+08:00' } },
  { type: 'ObjectionFiled', data: { objectionId: 'OB-1', target: { kind: 'breach', id: 'BR-1' }, reason: 'the fine was paid before the decision', filedAt: '2026-02-23T10:00:00+08:00', centerDueAt: '2026-02-28T23:59:59.999+08:00', forwardDueAt: '2026-02-25T23:59:59.999+08:00', provisional: false } },
  { type: 'ObjectionForwarded', data: { objectionId: 'OB-1', toDepartmentId: 'DEP-MARKET', forwardedAt: '2026-02-25T16:00:00+08:00', late: false, departmentDueAt: '2026-03-03T23:59:59.999+08:00', provisional: false } },
  { type: 'ObjectionDecided', data: { objectionId: 'OB-1', decidedBy: { kind: 'department', departmentId: 'DEP-MARKET' }, outcome: 'corrected', reasons: null, decidedAt: '2026-02-27T10:00:00+08:00', late: false } },
  { type: 'RecordCorrected', data: { objectionId: 'OB-1', target: { kind: 'breach', id: 'BR-1' }, correction: { disclosureMonths: 3 }, recomputed: { disclosedThrough: '2026-04-15', repairPossibleFrom: '2026-04-16' }, revokesRecord: false, correctedAt: '2026-02-27T10:00:00+08:00', disclosureEndsBy: null, revokesLinkedBreachId: null, provisional: false } },
  { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'RecordCorrected', causeId: 'OB-1', flaggedAt: '2026-02-27T10:00:00+08:00' } },
  { type: 'ReportUsed', data: { useId: 'US-1', reportKind: 'credit-report', reportId: 'CR-1', usedBy: { kind: 'department', id: 'DEP-FINANCE' }, area: 'procurement-construction-land-tendering', matter: 'tender 2026-017', agencyExitedForMisconduct: false, usedAt: '2026-03-02T10:00:00+08:00' } },
  { type: 'BreachRecorded', data: { breachId: 'BR-2', departmentId: 'DEP-MARKET', breachClass: 'minor', basisDocument: '昆市监罚〔2026〕12号', decisionDate: '2026-03-02', disclosureMonths: 0, disclosedThrough: null, repairPossibleFrom: '2026-03-03', commitmentId: null, summary: 'failed to keep a quality pledge', subjectMinorOnDecision: false, recordedAt: '2026-03-03T09:00:00+08:00' } },
  { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-2', flaggedAt: '2026-03-03T09:00:00+08:00' } },
  { type: 'ReviewReportAmended', data: { reviewId: 'RV-1', amendedAt: '2026-03-04T10:00:00+08:00', conclusion: 'adverse-record-found', findings: ['BR-2'], reason: 'new breach BR-2', requestedBy: 'center' } },
  { type: 'ObjectionFiled', data: { objectionId: 'OB-2', target: { kind: 'credit-report', id: 'CR-1' }, reason: 'rating based on old accounts', filedAt: '2026-03-05T10:00:00+08:00', centerDueAt: '2026-03-12T23:59:59.999+08:00', forwardDueAt: '2026-03-09T23:59:59.999+08:00', provisional: false } },
  { type: 'ObjectionDecided', data: { objectionId: 'OB-2', decidedBy: { kind: 'center' }, outcome: 'unresolved', reasons: 'the agency and the subject disagree', decidedAt: '2026-03-06T10:00:00+08:00', late: false } },
  { type: 'CommitmentMade', data: { commitmentId: 'CM-R1', kind: 'repair', matter: 'credit repair of BR-1', departmentId: 'DEP-MARKET', pledges: { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true }, consentToPublication: true, followUpCheckOn: null, madeAt: '2026-04-20T10:00:00+08:00' } },
  { type: 'RepairApplied', data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-MARKET', proofOfFulfilment: 'payment receipt 2026-04-01', repairCommitmentId: 'CM-R1', appliedAt: '2026-04-20T10:00:00+08:00' } },
  { type: 'RepairDecided', data: { repairId: 'RP-1', breachId: 'BR-1', departmentId: 'DEP-MARKET', outcome: 'approved', reasons: null, decidedAt: '2026-04-24T10:00:00+08:00' } },
];

/** The scenario as stored events of the subject's stream, positions from `first`, recordedAt from the event where it has one. */
export function storedScenario(events: readonly SubjectEvent[] = SCENARIO, first = 1): StoredEvent[] {
  return events.map((event, index) => stored(SUBJECT_STREAM, first + index, event, instantOf(event), index));
}

/** The first instant field of the event's data (each subject event carries when it happened). */
function instantOf(event: SubjectEvent): string {
  const value = Object.values(event.data).find((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v));
  return typeof value === 'string' ? value : '2026-03-02T10:00:00+08:00';
}

/** The stored scenario up to and including the `occurrence`-th event of `type`. */
export function scenarioThrough(type: SubjectEvent['type'], occurrence = 1): StoredEvent[] {
  const all = storedScenario();
  let seen = 0;
  const end = all.findIndex((event) => event.type === type && (seen += 1) === occurrence);
  if (end < 0) throw new Error(`the scenario has no ${type} #${occurrence}`);
  return all.slice(0, end + 1);
}

/** The stored scenario before the `occurrence`-th event of `type`, and that event. */
export function scenarioAt(type: SubjectEvent['type'], occurrence = 1): { readonly before: StoredEvent[]; readonly event: StoredEvent } {
  const through = scenarioThrough(type, occurrence);
  return { before: through.slice(0, -1), event: through[through.length - 1]! };
}
