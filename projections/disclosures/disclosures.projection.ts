import type { BreachClass } from '../../domain/rules/disclosure.js';
import type { RecordCorrected } from '../../domain/subject/events.js';
import type { DocKey, ProjectedEvent, ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { isPublishable } from '../shared/disclosure.js';
import { asSubjectEvent, recordDocId, subjectIdOf } from '../shared/events.js';
import { NO_OBJECTIONS, withCorrection, withObjectionFiled } from '../shared/record-objections.js';
import { MASKED_PERSON_MARKER, type DisclosureDoc, type DisclosureSubjectDoc } from './disclosures.doc.js';

export const DISCLOSURES_COLLECTION = 'disclosures';
export const DISCLOSURE_SUBJECTS_COLLECTION = 'disclosure_subjects';

/** Public breach disclosures (A9), masked (A28); "under objection" comes from the objections view by lastObjectionId. */
export const disclosuresProjection: ProjectionDefinition = {
  name: 'disclosures',
  version: 2,
  handles: ['SubjectRegistered', 'BreachRecorded', 'ObjectionFiled', 'RecordCorrected', 'RepairDecided'],
  collections: [
    {
      name: DISCLOSURES_COLLECTION,
      // "Active today" (A9) is publishable, decisionDate ≤ today ≤ disclosedThrough, newest decision
      // first: one range of (publishable, decisionDate, id), disclosedThrough checked in the index.
      // The same per subject, and a subject's breaches newest first. The public filters (issue 12):
      // by department or by class, each a range of its own index. Publishable leads them: led by the
      // class (3 values), SQLite skip-scanned it for a date-only filter and sorted the matches;
      // with disclosedThrough carried after id, it preferred the unfiltered index (list-query-plans
      // test). Added indexes are created at the next start (ensureCollection): no version bump, no rebuild.
      indexes: [
        'publishable,decisionDate,id,disclosedThrough', 'subjectId,publishable,decisionDate,id,disclosedThrough', 'subjectId,decisionDate',
        'publishable,departmentId,decisionDate', 'publishable,breachClass,decisionDate',
      ],
    },
    { name: DISCLOSURE_SUBJECTS_COLLECTION, indexes: [] },
  ],
  keysFor: (projected) => {
    const event = asSubjectEvent(projected);
    const subjectId = subjectIdOf(projected);
    const breach = (breachId: string) => [{ collection: DISCLOSURES_COLLECTION, id: recordDocId(subjectId, 'breach', breachId) }];
    switch (event.type) {
      case 'SubjectRegistered':
        return [{ collection: DISCLOSURE_SUBJECTS_COLLECTION, id: subjectId }];
      case 'BreachRecorded':
      case 'RepairDecided':
        return breach(event.data.breachId);
      case 'ObjectionFiled':
        return event.data.target.kind === 'breach' ? breach(event.data.target.id) : [];
      case 'RecordCorrected':
        // A8, A9: a breached check corrected to kept (or revoked) takes back the breach it created.
        if (event.data.target.kind === 'breach') return breach(event.data.target.id);
        return event.data.revokesLinkedBreachId ? breach(event.data.revokesLinkedBreachId) : [];
      default:
        return [];
    }
  },
  evolve: (doc, event, key) => (key.collection === DISCLOSURE_SUBJECTS_COLLECTION ? publicSubject(event) : evolveDisclosure(doc as DisclosureDoc | null, event, key)),
};

/** A28: organisations may be shown by name, USCC and legal representative; persons never. */
function publicSubject(projected: ProjectedEvent): ViewDoc | null {
  const event = asSubjectEvent(projected);
  if (event.type !== 'SubjectRegistered') return null;
  const { subjectId, kind, name, uscc, legalRepresentative } = event.data;
  const subject: DisclosureSubjectDoc =
    kind === 'organisation'
      ? { subjectId, kind, displayName: name ?? uscc ?? subjectId, uscc, legalRepresentative, masked: false }
      : { subjectId, kind, displayName: MASKED_PERSON_MARKER, uscc: null, legalRepresentative: null, masked: true };
  return subject;
}

function evolveDisclosure(doc: DisclosureDoc | null, projected: ProjectedEvent, _key: DocKey): ViewDoc | null {
  const event = asSubjectEvent(projected);
  if (event.type === 'BreachRecorded') {
    const { breachId, breachClass, departmentId, basisDocument, decisionDate, disclosureMonths, disclosedThrough, subjectMinorOnDecision } = event.data;
    const recorded = { breachId, subjectId: subjectIdOf(projected), breachClass, departmentId, basisDocument, decisionDate, disclosureMonths, disclosedThrough, subjectMinorOnDecision };
    return withPublishable({ ...NO_OBJECTIONS, repaired: false, repairedAt: null, disclosureEndsBy: null, ...doc, ...recorded, publishable: false });
  }
  if (doc === null) return null; // the breach itself was never recorded: nothing to disclose
  switch (event.type) {
    case 'ObjectionFiled':
      return withObjectionFiled(doc, event.data.objectionId);
    case 'RecordCorrected':
      // docs/domain.md: a revoked decision is no longer disclosed, whether revoked itself or with its check (A8, A9).
      if (event.data.target.kind !== 'breach') return withPublishable(revokedWithItsCheck(doc, event));
      return withPublishable(corrected(doc, event));
    case 'RepairDecided': // 令第36号: approval ends public disclosure; the record stays
      return event.data.outcome === 'approved' ? withPublishable({ ...doc, repaired: true, repairedAt: doc.repairedAt ?? event.data.decidedAt }) : doc;
    default:
      return doc;
  }
}

/** A9: the corrected class, period, document and date, and the disclosure recomputed when decided. */
function corrected(doc: DisclosureDoc, { data }: RecordCorrected): DisclosureDoc {
  const { correction, recomputed } = data;
  return {
    ...withCorrection(doc, data.revokesRecord, data.correctedAt),
    breachClass: (correction.breachClass as BreachClass | undefined) ?? doc.breachClass,
    disclosureMonths: (correction.disclosureMonths as number | undefined) ?? doc.disclosureMonths,
    basisDocument: (correction.basisDocument as string | undefined) ?? doc.basisDocument,
    decisionDate: (correction.decisionDate as string | undefined) ?? doc.decisionDate,
    disclosedThrough: recomputed === null ? doc.disclosedThrough : recomputed.disclosedThrough,
    disclosureEndsBy: data.disclosureEndsBy ?? doc.disclosureEndsBy,
  };
}

function revokedWithItsCheck(doc: DisclosureDoc, { data }: RecordCorrected): DisclosureDoc {
  return { ...doc, revoked: true, revokedAt: doc.revokedAt ?? data.correctedAt, disclosureEndsBy: data.disclosureEndsBy ?? doc.disclosureEndsBy };
}

function withPublishable(doc: DisclosureDoc): DisclosureDoc {
  return { ...doc, publishable: isPublishable(doc) };
}
