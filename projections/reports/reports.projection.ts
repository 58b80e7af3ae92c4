import type { RecordCorrected, SubjectEvent } from '../../domain/subject/events.js';
import type { ReviewConclusion } from '../../domain/subject/values.js';
import type { DocKey, ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import { NO_OBJECTIONS, withCorrection, withObjectionFiled } from '../shared/record-objections.js';
import type { ReportDoc } from './reports.doc.js';

export const REPORTS_COLLECTION = 'reports';

/** Current valid reports and reports expiring within N days (A14, A19), one document per report. */
export const reportsProjection: ProjectionDefinition = {
  name: 'reports',
  version: 1,
  handles: ['ReviewReportIssued', 'ReviewReportAmendmentFlagged', 'ReviewReportAmended', 'CreditReportFiled', 'ObjectionFiled', 'RecordCorrected'],
  // Expiring (revoked, expiresAt); a subject's reports newest first; its reports not yet expired
  // (validThrough ≥ today), kind and agency checked in the index (A14, A19, A26).
  collections: [{ name: REPORTS_COLLECTION, indexes: ['revoked,expiresAt', 'subjectId,issuedAt', 'subjectId,revoked,validThrough,id,kind,agencyId'] }],
  keysFor: (event) => {
    const target = reportOf(asSubjectEvent(event));
    return target === null ? [] : [{ collection: REPORTS_COLLECTION, id: recordDocId(subjectIdOf(event), target.kind, target.id) }];
  },
  evolve: (doc, event, key) => evolveReport(doc as ReportDoc | null, event, key),
};

/** The report an event is about, if any. */
function reportOf(event: SubjectEvent): { readonly kind: ReportDoc['kind']; readonly id: string } | null {
  switch (event.type) {
    case 'ReviewReportIssued':
    case 'ReviewReportAmendmentFlagged':
    case 'ReviewReportAmended':
      return { kind: 'review-report', id: event.data.reviewId };
    case 'CreditReportFiled':
      return { kind: 'credit-report', id: event.data.reportId };
    case 'ObjectionFiled':
    case 'RecordCorrected': {
      const { kind, id } = event.data.target;
      return kind === 'review-report' || kind === 'credit-report' ? { kind, id } : null;
    }
    default:
      return null;
  }
}

function evolveReport(doc: ReportDoc | null, projected: ProjectedEvent, _key: DocKey): ViewDoc | null {
  const event = asSubjectEvent(projected);
  const subjectId = subjectIdOf(projected);
  if (event.type === 'ReviewReportIssued') {
    const { reviewId, issuedOn, issuedAt, validThrough, expiresAt, conclusion, late } = event.data;
    const base = { kind: 'review-report', subjectId, id: reviewId, issuedOn, issuedAt, validThrough, expiresAt, agencyId: null, rating: null } as const;
    return { ...NO_OBJECTIONS, ...doc, ...base, conclusion, late, needsAmendment: doc?.needsAmendment ?? false, amendedAt: doc?.amendedAt ?? null };
  }
  if (event.type === 'CreditReportFiled') {
    const { reportId, issuedOn, filedAt, validThrough, expiresAt, agencyId, rating } = event.data;
    const base = { kind: 'credit-report', subjectId, id: reportId, issuedOn, issuedAt: filedAt, validThrough, expiresAt, agencyId, rating } as const;
    return { ...NO_OBJECTIONS, ...doc, ...base, conclusion: null, late: null, needsAmendment: false, amendedAt: null };
  }
  if (doc === null) return null; // the report itself was never recorded: nothing to show
  switch (event.type) {
    case 'ReviewReportAmendmentFlagged':
      return { ...doc, needsAmendment: true }; // A14
    case 'ReviewReportAmended':
      return { ...doc, needsAmendment: false, conclusion: event.data.conclusion, amendedAt: event.data.amendedAt }; // A14
    case 'ObjectionFiled':
      return withObjectionFiled(doc, event.data.objectionId);
    case 'RecordCorrected':
      return corrected(doc, event);
    default:
      return doc;
  }
}

/** The corrected rating (credit report, A16) or conclusion (review report, A10). */
function corrected(doc: ReportDoc, { data }: RecordCorrected): ReportDoc {
  const marked = withCorrection(doc, data.revokesRecord, data.correctedAt);
  const { rating, conclusion } = data.correction;
  if (doc.kind === 'credit-report' && rating !== undefined) return { ...marked, rating: rating as ReportDoc['rating'] };
  if (doc.kind === 'review-report' && conclusion !== undefined) return { ...marked, conclusion: conclusion as ReviewConclusion };
  return marked;
}
