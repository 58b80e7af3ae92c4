/** Refusals of the department stream, each with a stable code and the article it rests on. */
import { DomainError, MissingRecordError } from '../kernel/domain-error.js';

/** A2: one stream per department, registered once. */
export class DepartmentAlreadyRegisteredError extends DomainError {
  constructor(departmentId: string) {
    super('DEPARTMENT_ALREADY_REGISTERED', `department ${departmentId} is already registered`, { departmentId }, 'A2');
  }
}

/** A2: nothing can be recorded about a department that is not registered. */
export class DepartmentNotRegisteredError extends MissingRecordError {
  constructor(departmentId: string) {
    super('DEPARTMENT_NOT_REGISTERED', `department ${departmentId} is not registered`, { departmentId }, 'A2');
  }
}

/**
 * A24/A25 (docs/domain.md "Departments change over time"): from the effective date of a merger or
 * split, the successor carries the rules; the old department takes no new rules or names.
 */
export class DepartmentSucceededError extends DomainError {
  constructor(departmentId: string, successorId: string, effectiveOn: string) {
    super(
      'DEPARTMENT_SUCCEEDED',
      `department ${departmentId} is succeeded by ${successorId} from ${effectiveOn}`,
      { departmentId, successorId, effectiveOn },
      'A24',
    );
  }
}

/** A13: a department joins the review scheme once. */
export class DepartmentAlreadyParticipatingError extends DomainError {
  constructor(departmentId: string, participatesFrom: string) {
    super(
      'DEPARTMENT_ALREADY_PARTICIPATING',
      `department ${departmentId} takes part in credit reviews from ${participatesFrom}`,
      { departmentId, participatesFrom },
      'A13',
    );
  }
}

/** A24: a rule id is used once per department. */
export class RuleAlreadySetError extends DomainError {
  constructor(departmentId: string, ruleId: string) {
    super('RULE_ALREADY_SET', `rule ${ruleId} of department ${departmentId} is already set`, { departmentId, ruleId }, 'A24');
  }
}

/** A24: only a rule of this department can be retired. */
export class RuleNotFoundError extends MissingRecordError {
  constructor(departmentId: string, ruleId: string) {
    super('RULE_NOT_FOUND', `department ${departmentId} has no rule ${ruleId}`, { departmentId, ruleId }, 'A24');
  }
}

/** A24: a rule is retired once. */
export class RuleAlreadyRetiredError extends DomainError {
  constructor(departmentId: string, ruleId: string, retiredOn: string) {
    super('RULE_ALREADY_RETIRED', `rule ${ruleId} of department ${departmentId} was retired on ${retiredOn}`, { departmentId, ruleId, retiredOn }, 'A24');
  }
}

/**
 * A24 (docs/domain.md "Departments change over time"): successors recorded by operators lead back to
 * a department already passed on the way, so no department is in charge; the records need fixing.
 */
export class DepartmentSuccessionCycleError extends DomainError {
  constructor(departmentId: string, date: string, cycle: readonly string[]) {
    super(
      'DEPARTMENT_SUCCESSION_CYCLE',
      `the successors of department ${departmentId} on ${date} run in a circle: ${cycle.join(' → ')}`,
      { departmentId, date, cycle },
      'A24',
    );
  }
}
