import { describe, it, expect } from '@jest/globals';
import { SUBJECT_EVENT_CATALOGUE, type SubjectEvent, type SubjectEventType } from '../../../domain/subject/events.js';
import { SUBJECT_UPCASTERS } from '../../../domain/subject/upcasters.js';
import { breachRecorded, commitmentMade, creditReportFiled, objectionFiled, registered, repairApplied, revoked, reviewReportIssued, reviewRequested } from './fixtures.js';

/** One sample of every event type: the catalogue must describe exactly its fields. */
const samples: Record<SubjectEventType, SubjectEvent> = {
  SubjectRegistered: registered,
  CommitmentMade: commitmentMade(),
  CommitmentCheckRecorded: { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'kept', checkedOn: '2026-03-01', departmentId: 'D', breachId: null, recordedAt: 'x' } },
  BreachRecorded: breachRecorded(),
  ReviewRequested: reviewRequested(),
  ReviewReportIssued: reviewReportIssued(),
  ReviewReportAmendmentFlagged: { type: 'ReviewReportAmendmentFlagged', data: { reviewId: 'RV-1', causeEventType: 'BreachRecorded', causeId: 'BR-1', flaggedAt: 'x' } },
  ReviewReportAmended: { type: 'ReviewReportAmended', data: { reviewId: 'RV-1', amendedAt: 'x', conclusion: 'no-adverse-record', findings: [], reason: 'r', requestedBy: 'center' } },
  CreditReportFiled: creditReportFiled(),
  ReportUsed: { type: 'ReportUsed', data: { useId: 'U', reportKind: 'credit-report', reportId: 'CR-1', usedBy: { kind: 'bank', id: 'B' }, area: 'other', matter: 'm', agencyExitedForMisconduct: false, usedAt: 'x' } },
  LoanCheckRecorded: {
    type: 'LoanCheckRecorded',
    data: { loanCheckId: 'L', bankId: 'B', amountFen: 1, pbocReferenceChecked: true, reliesOn: null, agencyExitedForMisconduct: false, thresholdFen: 1, dualReportRequired: false, checkedAt: 'x' },
  },
  ObjectionFiled: objectionFiled(),
  ObjectionForwarded: { type: 'ObjectionForwarded', data: { objectionId: 'O', toDepartmentId: 'D', forwardedAt: 'x', late: false, departmentDueAt: 'x', provisional: false } },
  ObjectionDecided: { type: 'ObjectionDecided', data: { objectionId: 'O', decidedBy: { kind: 'center' }, outcome: 'rejected', reasons: 'r', decidedAt: 'x', late: false } },
  RecordCorrected: revoked('breach', 'B', 'x'),
  RepairApplied: repairApplied(),
  RepairDecided: { type: 'RepairDecided', data: { repairId: 'R', breachId: 'B', departmentId: 'D', outcome: 'approved', reasons: null, decidedAt: 'x' } },
};

describe('SUBJECT_EVENT_CATALOGUE', () => {
  it('describes every subject event type exactly once, at v1 plus one version per upcaster of an older stored shape, citing its articles', () => {
    expect(SUBJECT_EVENT_CATALOGUE.map((spec) => spec.type).sort()).toEqual(Object.keys(samples).sort());
    for (const spec of SUBJECT_EVENT_CATALOGUE) {
      expect(spec.schemaVersion).toBe(1 + SUBJECT_UPCASTERS.filter((step) => step.type === spec.type).length);
      expect(spec.articles.length).toBeGreaterThan(0);
      expect(spec.description).not.toBe('');
    }
  });

  it.each(Object.entries(samples))('%s: the catalogue names exactly the fields the event carries', (type, sample) => {
    const spec = SUBJECT_EVENT_CATALOGUE.find((s) => s.type === type);
    expect(Object.keys(spec?.fields ?? {}).sort()).toEqual(Object.keys(sample.data).sort());
  });

  it('A28: no event has a field for a person\'s name, identity number or birth date', () => {
    const fieldNames = SUBJECT_EVENT_CATALOGUE.flatMap((spec) => Object.keys(spec.fields)).map((f) => f.toLowerCase());
    for (const forbidden of ['identitynumber', 'residentid', 'birthdate', 'personname', 'address', 'phone']) {
      expect(fieldNames).not.toContain(forbidden);
    }
  });
});
