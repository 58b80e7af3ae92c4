/**
 * The base of every refusal by a rule. `code` is stable (clients and tests match on it);
 * `article` names the article of the measure (A1–A31) or the rule source the refusal rests on;
 * `details` carries structured facts (e.g. the date a repair becomes possible).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly article?: string,
  ) {
    super(article && !message.includes(`(${article})`) ? `${code}: ${message} (${article})` : `${code}: ${message}`);
    this.name = new.target.name;
  }
}

/**
 * Input that is malformed as data (a bad identifier, a date that does not exist): HTTP 400.
 * The code stays VALIDATION_FAILED (the API's code for bad input); `rule` is the stable name of the
 * broken rule and, with the article or standard it comes from, is part of the message.
 */
export class InvalidInputError extends DomainError {
  constructor(readonly field: string, readonly rule: string, message: string, details: Record<string, unknown> = {}, article?: string) {
    super('VALIDATION_FAILED', `${field}: ${message} [${rule}]`, { field, rule, ...details }, article);
  }
}

/**
 * A referenced record (a subject, a breach, a review, a department…) does not exist: HTTP 404. The
 * adapters map by this class, never by the shape of the code (issue 11).
 */
export class MissingRecordError extends DomainError {}

/** The generic missing record. */
export class NotFoundError extends MissingRecordError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist`, { what, id });
  }
}
