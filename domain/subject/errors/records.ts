import { DomainError, MissingRecordError } from '../../kernel/domain-error.js';

/** A4: a subject is registered once. */
export class SubjectAlreadyRegisteredError extends DomainError {
  constructor(subjectId: string) {
    super('SUBJECT_ALREADY_REGISTERED', `subject ${subjectId} is already registered`, { subjectId }, 'A4');
  }
}

/** A4: records are kept only about a registered subject. */
export class SubjectNotRegisteredError extends MissingRecordError {
  constructor(command: string) {
    super('SUBJECT_NOT_REGISTERED', `${command} needs a registered subject`, { command }, 'A4');
  }
}

/**
 * Ids are chosen by the caller; reusing one would silently overwrite a record. The article is
 * the one the record serves (A6 a commitment, A9 a breach, A10 a review…).
 */
export class RecordIdAlreadyUsedError extends DomainError {
  constructor(what: string, id: string, article: string) {
    super('RECORD_ID_ALREADY_USED', `${what} ${id} already exists for this subject`, { what, id }, article);
  }
}

/** A6 (a)–(c), A8: a commitment letter holds every pledge. */
export class CommitmentPledgesIncompleteError extends DomainError {
  constructor(missing: readonly string[]) {
    super('COMMITMENT_PLEDGES_INCOMPLETE', `the commitment lacks the pledge(s) ${missing.join(', ')}; A6 (a)–(c) and A8 need all five`, { missing }, 'A6');
  }
}

export class CommitmentNotFoundError extends MissingRecordError {
  constructor(commitmentId: string) {
    super('COMMITMENT_NOT_FOUND', `commitment ${commitmentId} does not exist for this subject`, { commitmentId }, 'A8');
  }
}

/** A8: a commitment's follow-up check is recorded once; a later finding is a new breach record. */
export class CommitmentAlreadyCheckedError extends DomainError {
  constructor(commitmentId: string, outcome: string) {
    super('COMMITMENT_ALREADY_CHECKED', `commitment ${commitmentId} was already checked (${outcome})`, { commitmentId, outcome }, 'A8');
  }
}

/**
 * A8, SH-SCR art. 38: a commitment revoked after an objection no longer binds the subject, so no
 * follow-up check (and no breach from one) is recorded against it.
 */
export class CommitmentRevokedError extends DomainError {
  constructor(commitmentId: string, revokedAt: string) {
    super(
      'COMMITMENT_REVOKED',
      `commitment ${commitmentId} was revoked after an objection at ${revokedAt} (SH-SCR art. 38) and is not checked (A8)`,
      { commitmentId, revokedAt },
      'A8',
    );
  }
}

/** A8: the subject accepts the supervision of the competent department: only that department checks the commitment. */
export class CommitmentWrongDepartmentError extends DomainError {
  constructor(commitmentId: string, expected: string, actual: string) {
    super('COMMITMENT_WRONG_DEPARTMENT', `commitment ${commitmentId} is held by ${expected}, not ${actual}`, { commitmentId, expected, actual }, 'A8');
  }
}

export class BreachNotFoundError extends MissingRecordError {
  constructor(breachId: string) {
    super('BREACH_NOT_FOUND', `breach ${breachId} does not exist for this subject`, { breachId }, 'A9');
  }
}

/**
 * A command dated before the record it acts on (a report before its request, a decision before
 * the objection or application, a check before the commitment): time runs one way in the log.
 * `details` carries both instants; the article is the one of the record acted on.
 */
export class CommandPrecedesRecordError extends DomainError {
  constructor(command: string, record: string, recordAt: string, commandAt: string, article: string) {
    super(
      'COMMAND_PRECEDES_RECORD',
      `${command} at ${commandAt} precedes ${record} at ${recordAt}`,
      { command, record, recordAt, commandAt },
      article,
    );
  }
}
