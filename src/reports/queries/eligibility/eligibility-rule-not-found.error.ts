import { MissingRecordError } from '../../../../domain/kernel/domain-error.js';

/** A24: the department in charge has no rule for this matter kind and area on the date (404: there is nothing to check against). */
export class EligibilityRuleNotFoundError extends MissingRecordError {
  constructor(departmentId: string, area: string, matter: string, date: string) {
    super('ELIGIBILITY_RULE_NOT_FOUND', `department ${departmentId} has no rule for matter ${matter} in area ${area} on ${date}`, { departmentId, area, matter, date }, 'A24');
  }
}
