import { DomainError, MissingRecordError } from '../../kernel/domain-error.js';

/** Objection rules: Shanghai Social Credit Regulation arts. 36–38 (docs/domain.md). */
const SOURCE = 'SH-SCR arts. 36–38';

export class ObjectionTargetNotFoundError extends MissingRecordError {
  constructor(kind: string, id: string) {
    super('OBJECTION_TARGET_NOT_FOUND', `there is no ${kind} ${id} to object to`, { kind, id }, SOURCE);
  }
}

/** One open objection per record. */
export class ObjectionAlreadyOpenError extends DomainError {
  constructor(kind: string, id: string, objectionId: string) {
    super('OBJECTION_ALREADY_OPEN', `${kind} ${id} is already under objection ${objectionId}`, { kind, id, objectionId }, SOURCE);
  }
}

export class ObjectionNotFoundError extends MissingRecordError {
  constructor(objectionId: string) {
    super('OBJECTION_NOT_FOUND', `objection ${objectionId} does not exist for this subject`, { objectionId }, SOURCE);
  }
}

export class ObjectionAlreadyForwardedError extends DomainError {
  constructor(objectionId: string, toDepartmentId: string) {
    super('OBJECTION_ALREADY_FORWARDED', `objection ${objectionId} was already forwarded to ${toDepartmentId}`, { objectionId, toDepartmentId }, SOURCE);
  }
}

export class ObjectionAlreadyDecidedError extends DomainError {
  constructor(objectionId: string, outcome: string) {
    super('OBJECTION_ALREADY_DECIDED', `objection ${objectionId} was already decided (${outcome})`, { objectionId, outcome }, SOURCE);
  }
}

/** The center decides, unless it forwarded: then only that department. */
export class ObjectionWrongDeciderError extends DomainError {
  constructor(objectionId: string, expected: string, actual: string) {
    super('OBJECTION_WRONG_DECIDER', `objection ${objectionId} is decided by ${expected}, not ${actual}`, { objectionId, expected, actual }, SOURCE);
  }
}

/** SH-SCR art. 37 (docs/domain.md): the center forwards to the department that provided the record. */
export class ObjectionWrongDepartmentError extends DomainError {
  constructor(objectionId: string, expected: string, actual: string) {
    super(
      'OBJECTION_WRONG_DEPARTMENT',
      `objection ${objectionId} is forwarded to ${expected}, the department that provided the record, not ${actual}`,
      { objectionId, expected, actual },
      'SH-SCR art. 37',
    );
  }
}

/** A correction changes only the fields of its record kind that a department or the center may correct. */
export class CorrectionFieldNotCorrectableError extends DomainError {
  constructor(kind: string, field: string, correctable: readonly string[]) {
    const allowed = correctable.length === 0 ? 'no field of it can be corrected (revoke it instead)' : `correctable: ${correctable.join(', ')}`;
    super('CORRECTION_FIELD_NOT_CORRECTABLE', `${field} of a ${kind} cannot be corrected; ${allowed}`, { kind, field, correctable }, SOURCE);
  }
}
