/**
 * SH-SCR arts. 36–38 (rules.md): a record is "under objection" from filing until decided, shown so
 * in every view; a correction is laid over it from then on; a revoked record stops counting.
 */
import type { CreditReportFiled, ObjectionDecided, ObjectionFiled, ObjectionForwarded, RecordCorrected } from '../../domain/subject/events.js';
import type { BreachClass } from '../../domain/rules/disclosure.js';
import type { RecordTarget, ReviewConclusion } from '../../domain/subject/values.js';
import { patchBy, upsertBy } from '../shared/events.js';
import { withPublishable } from './records.js';
import type { RecordMarks, SubjectStatusDoc } from './subject-status.doc.js';

type Doc = SubjectStatusDoc;

export function objectionFiled(doc: Doc, { data }: ObjectionFiled): Doc {
  const { objectionId, target, filedAt, centerDueAt, forwardDueAt, provisional } = data;
  const entry = { objectionId, target, filedAt, centerDueAt, forwardDueAt, forwardedTo: null, departmentDueAt: null, provisional };
  return mark({ ...doc, openObjections: upsertBy(doc.openObjections, 'objectionId', entry) }, target, (m) => ({ ...m, underObjection: true }));
}

export function objectionForwarded(doc: Doc, { data }: ObjectionForwarded): Doc {
  const { objectionId, toDepartmentId, departmentDueAt, provisional } = data;
  return {
    ...doc,
    openObjections: patchBy(doc.openObjections, 'objectionId', objectionId, (o) => ({
      ...o,
      forwardedTo: toDepartmentId,
      departmentDueAt,
      provisional: o.provisional || provisional,
    })),
  };
}

/** Decided: the mark goes; "unresolved" shows the record and the objection both. */
export function objectionDecided(doc: Doc, { data }: ObjectionDecided): Doc {
  const open = doc.openObjections.find((o) => o.objectionId === data.objectionId);
  if (open === undefined) return doc;
  const rest = { ...doc, openObjections: doc.openObjections.filter((o) => o.objectionId !== data.objectionId) };
  return mark(rest, open.target, (m) => ({ ...m, underObjection: false, objectionUnresolved: m.objectionUnresolved || data.outcome === 'unresolved' }));
}

/** The corrected values as the original event stored them; a breach's disclosure as recomputed on decision (A9). */
export function recordCorrected(doc: Doc, { data }: RecordCorrected): Doc {
  const { target, correction, revokesRecord } = data;
  const recomputed = data.recomputed ?? null;
  const marks = (m: RecordMarks): RecordMarks => ({ ...m, corrected: true, revoked: m.revoked || revokesRecord });
  switch (target.kind) {
    case 'breach':
      return {
        ...doc,
        breaches: patchBy(doc.breaches, 'breachId', target.id, (b) =>
          withPublishable({
            ...b,
            ...marks(b),
            breachClass: (correction.breachClass as BreachClass | undefined) ?? b.breachClass,
            decisionDate: (correction.decisionDate as string | undefined) ?? b.decisionDate,
            disclosedThrough: recomputed === null ? b.disclosedThrough : recomputed.disclosedThrough,
          }),
        ),
      };
    case 'review-report':
      return {
        ...doc,
        reviewReports: patchBy(doc.reviewReports, 'reviewId', target.id, (r) => ({
          ...r,
          ...marks(r),
          conclusion: (correction.conclusion as ReviewConclusion | undefined) ?? r.conclusion,
        })),
      };
    case 'credit-report':
      return {
        ...doc,
        creditReports: patchBy(doc.creditReports, 'reportId', target.id, (r) => ({
          ...r,
          ...marks(r),
          rating: (correction.rating as CreditReportFiled['data']['rating'] | undefined) ?? r.rating,
        })),
      };
    case 'commitment':
      // A revoked commitment is no longer open; a corrected matter is shown as corrected (A6–A8).
      return {
        ...doc,
        openCommitments: revokesRecord
          ? doc.openCommitments.filter((c) => c.commitmentId !== target.id)
          : patchBy(doc.openCommitments, 'commitmentId', target.id, (c) => ({ ...c, matter: (correction.matter as string | undefined) ?? c.matter })),
      };
    case 'commitment-check':
      // A breached check corrected to kept or revoked also revokes the breach it created (A9).
      return data.revokesLinkedBreachId
        ? { ...doc, breaches: patchBy(doc.breaches, 'breachId', data.revokesLinkedBreachId, (b) => withPublishable({ ...b, revoked: true })) }
        : doc;
    default:
      return doc; // loan checks, report uses and repair decisions are not shown in the status
  }
}

/** Changes the marks of the record an objection targets, whichever list it lives in. */
function mark(doc: Doc, target: RecordTarget, change: (marks: RecordMarks) => RecordMarks): Doc {
  switch (target.kind) {
    case 'breach':
      return { ...doc, breaches: patchBy(doc.breaches, 'breachId', target.id, (b) => ({ ...b, ...change(b) })) };
    case 'review-report':
      return { ...doc, reviewReports: patchBy(doc.reviewReports, 'reviewId', target.id, (r) => ({ ...r, ...change(r) })) };
    case 'credit-report':
      return { ...doc, creditReports: patchBy(doc.creditReports, 'reportId', target.id, (r) => ({ ...r, ...change(r) })) };
    default:
      return doc;
  }
}
