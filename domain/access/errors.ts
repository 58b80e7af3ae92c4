/** Refusals of the access stream, each with a stable code and the article it rests on. */
import { DomainError } from '../kernel/domain-error.js';

/** A28: an erased person's data can no longer be read, and is erased only once. */
export class PersonalDataErasedError extends DomainError {
  constructor(subjectId: string, erasedAt: string) {
    super('PERSONAL_DATA_ERASED', `the personal data of subject ${subjectId} was erased at ${erasedAt}`, { subjectId, erasedAt }, 'A28');
  }
}
