/** decide() of the access stream (A28): pure, returns events or throws a typed refusal. */
import { assertNever } from '../kernel/decider.js';
import { InvalidInputError } from '../kernel/domain-error.js';
import type { AccessCommand } from './commands.js';
import { PersonalDataErasedError } from './errors.js';
import type { AccessEvent } from './events.js';
import type { AccessState } from './state.js';

const MAX_TEXT = 200;

/** A28: a purpose or a basis must say something, briefly, on one line. */
function text(field: string, value: string): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length < 2 || trimmed.length > MAX_TEXT || /[\u0000-\u001f\u007f]/.test(trimmed))
    throw new InvalidInputError(field, 'TEXT_2_200', `must be 2–${MAX_TEXT} characters on one line`, {}, 'A28');
  return trimmed;
}

export function decideAccess(command: AccessCommand, state: AccessState): readonly AccessEvent[] {
  // A28: once erased there is nothing left to read or erase.
  if (state.erasure !== null) throw new PersonalDataErasedError(command.subjectId, state.erasure.erasedAt);
  switch (command.type) {
    case 'RecordPersonalDataAccess':
      return [{
        type: 'PersonalDataAccessed',
        data: {
          subjectId: command.subjectId, accessedAt: command.now, actorKind: command.actor.kind, actorId: command.actor.id,
          actorDepartment: command.actor.department, purpose: text('purpose', command.purpose), fields: [...command.fields],
        },
      }];
    case 'ErasePersonalData':
      return [{
        type: 'PersonalDataErased',
        data: { subjectId: command.subjectId, erasedAt: command.now, actorKind: command.actor.kind, actorId: command.actor.id, basisDocument: text('basisDocument', command.basisDocument) },
      }];
    default:
      return assertNever(command);
  }
}
