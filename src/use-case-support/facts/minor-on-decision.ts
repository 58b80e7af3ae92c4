import { Inject, Injectable } from '@nestjs/common';
import { checkResidentId, isMinorOn } from '../../../domain/rules/identifiers/resident-id.js';
import { isValidCalendarDate } from '../../../domain/rules/time.js';
import type { SubjectState } from '../../../domain/subject/state.js';
import { PERSONAL_DATA_STORE, type PersonalDataStore } from '../../personal-data/personal-data.port.js';

/**
 * A28: was the subject a minor on the breach's decision date? The birth date lives in the
 * personal-data store, never in the log; organisations are never minors. A person whose personal
 * record is erased or missing is taken to be a minor (decision): erring this way never publishes one.
 */
@Injectable()
export class MinorOnDecision {
  constructor(@Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore) {}

  async of(state: SubjectState, decisionDate: string): Promise<boolean> {
    const registration = state.registration;
    // A date that does not exist is refused by the decider, naming decisionDate (400).
    if (registration === null || registration.kind !== 'person' || !isValidCalendarDate(decisionDate)) return false;
    const found = await this.personalData.get(registration.subjectId);
    if (found.state !== 'present') return true;
    return isMinorOn(checkResidentId(found.record.identityNumber), decisionDate);
  }
}
