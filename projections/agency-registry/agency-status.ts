/** A20, A26: an agency's standing on a day, answered from its registry document by the domain's own rule. */
import { agencyStandingOn, type AgencyStatusOnDate } from '../../domain/agency/standing.js';
import type { FiledAgencyState } from '../../domain/agency/state.js';
import type { AgencyRegistryDoc } from './agency-registry.doc.js';

/** The registry document as the agency aggregate's folded state. */
export function asAgencyState(doc: AgencyRegistryDoc): FiledAgencyState {
  // A15, A20: filed or recognised; a document from before v2 has a filing and no eligibleBy.
  const basis = doc.recognition !== null && doc.recognition !== undefined
    ? { eligibleBy: 'recognition' as const, level: doc.recognition.level, filingAuthority: doc.recognition.authority, filingNumber: doc.recognition.document, filedOn: doc.recognition.recognisedOn }
    : { eligibleBy: 'filing' as const, level: doc.filing!.level, filingAuthority: doc.filing!.authority, filingNumber: doc.filing!.number, filedOn: doc.filing!.filedOn };
  return {
    status: 'filed',
    agencyId: doc.agencyId,
    name: doc.name,
    uscc: doc.uscc,
    usccWarnings: doc.usccWarnings,
    ...basis,
    suspensions: doc.suspensions.map(({ from, until, liftedOn }) => ({ from, until, liftedOn })),
    exit: doc.exit === null ? null : { exitedOn: doc.exit.exitedOn, reason: doc.exit.reason },
    currentStaff: doc.currentStaff,
    knownStaffIds: doc.knownStaffIds,
    breachIds: doc.breaches.map((b) => b.breachId),
  };
}

/** 'not-filed' | 'in-force' | 'suspended' | 'exited' on a Shanghai calendar date (YYYY-MM-DD). */
export function agencyStatusOn(doc: AgencyRegistryDoc, date: string): AgencyStatusOnDate {
  return agencyStandingOn(asAgencyState(doc), date).status;
}
