import { DomainError, MissingRecordError } from '../../kernel/domain-error.js';

/** Credit repair: NDRC 令第36号 (docs/domain.md). */
const SOURCE = 'NDRC 令第36号';

/** A repair may be applied for only after the class's minimum disclosure period. */
export class RepairTooEarlyError extends DomainError {
  constructor(breachId: string, possibleFrom: string) {
    super('REPAIR_TOO_EARLY', `breach ${breachId} can be repaired from ${possibleFrom}`, { breachId, possibleFrom }, SOURCE);
  }
}

export class RepairAlreadyPendingError extends DomainError {
  constructor(breachId: string, repairId: string) {
    super('REPAIR_ALREADY_PENDING', `breach ${breachId} already has repair ${repairId} pending`, { breachId, repairId }, SOURCE);
  }
}

export class BreachAlreadyRepairedError extends DomainError {
  constructor(breachId: string, repairedAt: string) {
    super('BREACH_ALREADY_REPAIRED', `breach ${breachId} was repaired at ${repairedAt}`, { breachId, repairedAt }, SOURCE);
  }
}

/** A revoked breach has nothing left to repair. */
export class BreachRevokedError extends DomainError {
  constructor(breachId: string, revokedAt: string) {
    super('BREACH_REVOKED', `breach ${breachId} was revoked at ${revokedAt}`, { breachId, revokedAt }, SOURCE);
  }
}

export class RepairNotFoundError extends MissingRecordError {
  constructor(repairId: string) {
    super('REPAIR_NOT_FOUND', `repair ${repairId} does not exist for this subject`, { repairId }, SOURCE);
  }
}

/** Whoever designates, repairs: only the department that recorded the breach decides. */
export class RepairWrongDepartmentError extends DomainError {
  constructor(repairId: string, expected: string, actual: string) {
    super('REPAIR_WRONG_DEPARTMENT', `repair ${repairId} is decided by ${expected}, not ${actual}`, { repairId, expected, actual }, SOURCE);
  }
}

export class RepairAlreadyDecidedError extends DomainError {
  constructor(repairId: string, outcome: string) {
    super('REPAIR_ALREADY_DECIDED', `repair ${repairId} was already decided (${outcome})`, { repairId, outcome }, SOURCE);
  }
}
