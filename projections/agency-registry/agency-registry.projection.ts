import type { AgencyEvent } from '../../domain/agency/events.js';
import { openSuspensionIndex } from '../../domain/agency/state.js';
import type { ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { AGENCY_EVENT_TYPES, asAgencyEvent, upsertBy } from '../shared/events.js';
import type { AgencyRegistryDoc } from './agency-registry.doc.js';
import { asAgencyState } from './agency-status.js';

export const AGENCIES_COLLECTION = 'agencies';

/** The public agency registry and standing (A20, A26), one document per agency. */
export const agencyRegistryProjection: ProjectionDefinition = {
  name: 'agency-registry',
  // v2: recognised agencies (AgencyRecognised), eligibleBy and recognition beside filing.
  version: 2,
  handles: AGENCY_EVENT_TYPES,
  collections: [{ name: AGENCIES_COLLECTION, indexes: ['status', 'exitedForMisconduct', 'eligibleBy', 'filing.level', 'uscc', 'name'] }],
  keysFor: (event) => [{ collection: AGENCIES_COLLECTION, id: String(event.data.agencyId) }],
  evolve: (doc, event) => evolveAgencyDoc(doc as AgencyRegistryDoc | null, asAgencyEvent(event)),
};

function evolveAgencyDoc(doc: AgencyRegistryDoc | null, event: AgencyEvent): ViewDoc | null {
  if (event.type === 'AgencyFiled') {
    const { agencyId, name, uscc, usccWarnings, filingAuthority, level, filingNumber, filedOn, recordedAt } = event.data;
    return started(doc, { agencyId, name, uscc, usccWarnings, eligibleBy: 'filing', filing: { authority: filingAuthority, level, number: filingNumber, filedOn }, recognition: null, recordedAt });
  }
  if (event.type === 'AgencyRecognised') {
    const { agencyId, name, uscc, usccWarnings, recognisingAuthority, level, recognitionDocument, recognisedOn, recordedAt } = event.data;
    return started(doc, { agencyId, name, uscc, usccWarnings, eligibleBy: 'recognition', filing: null, recognition: { authority: recognisingAuthority, level, document: recognitionDocument, recognisedOn }, recordedAt });
  }
  // As in the aggregate: a stream that does not start with its filing is not ours to interpret.
  if (doc === null) return null;
  switch (event.type) {
    case 'AgencySuspended': {
      const { from, until, reason, basisDocument } = event.data;
      const known = doc.suspensions.some((s) => s.from === from && s.until === until && s.basisDocument === basisDocument);
      return known ? doc : { ...doc, suspensions: [...doc.suspensions, { from, until, liftedOn: null, reason, basisDocument, liftBasisDocument: null }] };
    }
    case 'AgencySuspensionLifted': {
      // The domain's rule for which suspension a lift ends (the earliest still open).
      const index = openSuspensionIndex(asAgencyState(doc), event.data.on);
      if (index === null) return doc;
      const lift = { liftedOn: event.data.on, liftBasisDocument: event.data.basisDocument };
      return { ...doc, suspensions: doc.suspensions.map((s, i) => (i === index ? { ...s, ...lift } : s)) };
    }
    case 'AgencyExited': {
      const { exitedOn, reason, basisDocument } = event.data;
      return { ...doc, status: 'exited', exit: { exitedOn, reason, basisDocument }, exitedForMisconduct: reason === 'misconduct' }; // A26
    }
    case 'AgencyStaffRecorded': {
      const { staffId, role, change } = event.data;
      const { [staffId]: _left, ...others } = doc.currentStaff;
      const currentStaff = change === 'joined' ? { ...others, [staffId]: role } : others;
      const knownStaffIds = doc.knownStaffIds.includes(staffId) ? doc.knownStaffIds : [...doc.knownStaffIds, staffId];
      return { ...doc, currentStaff, staffCount: Object.keys(currentStaff).length, knownStaffIds };
    }
    case 'AgencyBreachRecorded': {
      const { breachId, breachClass, basisDocument, decisionDate, summary, staffId } = event.data;
      const breaches = upsertBy(doc.breaches, 'breachId', { breachId, breachClass, basisDocument, decisionDate, summary, staffId });
      return { ...doc, breaches, breachCount: breaches.length };
    }
    default:
      return unknownEvent(doc, event);
  }
}

type Basis = Pick<AgencyRegistryDoc, 'agencyId' | 'name' | 'uscc' | 'usccWarnings' | 'eligibleBy' | 'filing' | 'recognition' | 'recordedAt'>;

/** The first event of the stream (a filing or a recognition); replayed onto the document, it changes nothing else. */
function started(doc: AgencyRegistryDoc | null, basis: Basis): AgencyRegistryDoc {
  return doc !== null ? { ...doc, ...basis } : { ...basis, status: 'filed', suspensions: [], exit: null, exitedForMisconduct: false, currentStaff: {}, staffCount: 0, knownStaffIds: [], breaches: [], breachCount: 0 };
}

/** Exhaustive at compile time; a type stored by a newer writer leaves the document as it was. */
function unknownEvent(doc: AgencyRegistryDoc, _event: never): AgencyRegistryDoc {
  return doc;
}
