/** Refusals of the agency stream, each with a stable code and the article it rests on. */
import { DomainError } from '../kernel/domain-error.js';
import { FILING_LEVELS } from './filing-level.js';

/** A20: an agency is filed once; a change of filing is a new agency record. */
export class AgencyAlreadyFiledError extends DomainError {
  constructor(agencyId: string, filedOn: string) {
    super('AGENCY_ALREADY_FILED', `agency ${agencyId} was already filed on ${filedOn}`, { agencyId, filedOn }, 'A20');
  }
}

/** A20: nothing can be recorded about an agency that is not filed. */
export class AgencyNotFiledError extends DomainError {
  constructor(agencyId: string) {
    super('AGENCY_NOT_FILED', `agency ${agencyId} is not filed`, { agencyId }, 'A20');
  }
}

/** A15, A20: only a filing with a credit management body at city level or above counts. */
export class AgencyFilingLevelTooLowError extends DomainError {
  constructor(agencyId: string, level: string) {
    super(
      'AGENCY_FILING_LEVEL_TOO_LOW',
      `agency ${agencyId} is filed at level "${level}"; A15 requires a filing at city level or above`,
      { agencyId, level, accepted: FILING_LEVELS },
      'A20',
    );
  }
}

/** A26 market exit: after exit only breach records are still accepted. */
export class AgencyExitedError extends DomainError {
  constructor(agencyId: string, exitedOn: string) {
    super('AGENCY_EXITED', `agency ${agencyId} left the market on ${exitedOn}`, { agencyId, exitedOn }, 'A26');
  }
}

/** A26: suspensions do not overlap. */
export class AgencyAlreadySuspendedError extends DomainError {
  constructor(agencyId: string, from: string, until: string | null) {
    super(
      'AGENCY_ALREADY_SUSPENDED',
      `agency ${agencyId} is already suspended from ${from}${until === null ? ' until lifted' : ` through ${until}`}`,
      { agencyId, from, until },
      'A26',
    );
  }
}

/** A26: a lift needs a suspension still open on its date. */
export class AgencyNotSuspendedError extends DomainError {
  constructor(agencyId: string, on: string) {
    super('AGENCY_NOT_SUSPENDED', `agency ${agencyId} has no open suspension to lift on ${on}`, { agencyId, on }, 'A26');
  }
}

/** A26 staff records: a member who has joined cannot join again before leaving. */
export class AgencyStaffAlreadyJoinedError extends DomainError {
  constructor(agencyId: string, staffId: string) {
    super('AGENCY_STAFF_ALREADY_JOINED', `staff ${staffId} is already with agency ${agencyId}`, { agencyId, staffId }, 'A26');
  }
}

/** A26 staff records: only a recorded member can leave or be named in a breach. */
export class AgencyStaffNotMemberError extends DomainError {
  constructor(agencyId: string, staffId: string) {
    super('AGENCY_STAFF_NOT_MEMBER', `staff ${staffId} is not a recorded member of agency ${agencyId}`, { agencyId, staffId }, 'A26');
  }
}

/** A26: one breach id, one record. */
export class AgencyBreachAlreadyRecordedError extends DomainError {
  constructor(agencyId: string, breachId: string) {
    super('AGENCY_BREACH_ALREADY_RECORDED', `breach ${breachId} of agency ${agencyId} is already recorded`, { agencyId, breachId }, 'A26');
  }
}
