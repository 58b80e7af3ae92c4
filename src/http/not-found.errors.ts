import { MissingRecordError } from '../../domain/kernel/domain-error.js';

/**
 * Resources the HTTP layer looks up before any decider runs. Each is a MissingRecordError, so the
 * exception filter answers 404 by class (api-exception.filter.ts), as it does for domain refusals.
 */

/** A20: an agency id nobody filed (or recognised). */
export class AgencyNotFoundError extends MissingRecordError {
  constructor(agencyId: string) {
    super('AGENCY_NOT_FOUND', `agency ${agencyId} is not filed`, { agencyId });
  }
}

/** A4: a subject id with no registration in the log or the views. */
export class UnknownSubjectError extends MissingRecordError {
  constructor(subjectId: string | null, message = `subject ${subjectId ?? ''} is not registered`) {
    super('SUBJECT_NOT_REGISTERED', message, subjectId === null ? {} : { subjectId });
  }
}

/** A28: no personal data is held for the subject: not a registered natural person. */
export class PersonalDataNotFoundError extends MissingRecordError {
  constructor(subjectId: string) {
    super('PERSONAL_DATA_NOT_FOUND', `no personal data is held for subject ${subjectId}: not a registered natural person`, { subjectId }, 'A28');
  }
}
