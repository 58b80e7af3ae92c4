/** How a commitment's document follows its events (A6–A8; corrections SH-SCR arts. 36–38). */
import type { SubjectEvent } from '../../domain/subject/events.js';
import type { CommitmentDoc } from './subject-status.doc.js';

/** The commitment an event is about, if any. A check corrected away changes its breach, not the commitment. */
export function commitmentIdOf(event: SubjectEvent): string | null {
  switch (event.type) {
    case 'CommitmentMade':
    case 'CommitmentCheckRecorded':
      return event.data.commitmentId;
    case 'RecordCorrected':
      return event.data.target.kind === 'commitment' ? event.data.target.id : null;
    default:
      return null;
  }
}

export function evolveCommitment(doc: CommitmentDoc | null, event: SubjectEvent, subjectId: string): CommitmentDoc | null {
  if (event.type === 'CommitmentMade') {
    const { commitmentId, kind, matter, departmentId, followUpCheckOn, madeAt } = event.data;
    const made = { subjectId, commitmentId, kind, matter, departmentId, followUpCheckOn, madeAt };
    return { status: 'open', checkedOn: null, corrected: false, ...doc, ...made, matter: doc?.corrected ? doc.matter : matter };
  }
  if (doc === null) return null; // never made: nothing to follow
  switch (event.type) {
    case 'CommitmentCheckRecorded': // A8: kept or breached, no longer open
      return doc.status === 'revoked' ? doc : { ...doc, status: event.data.outcome, checkedOn: event.data.checkedOn };
    case 'RecordCorrected': {
      // A revoked commitment is no longer open; a corrected matter is shown as corrected (A6–A8).
      const matter = (event.data.correction.matter as string | undefined) ?? doc.matter;
      return { ...doc, matter, corrected: true, status: event.data.revokesRecord ? 'revoked' : doc.status };
    }
    default:
      return doc;
  }
}
