import { InvalidInputError } from '../../kernel/domain-error.js';
import { checkResidentId } from '../../rules/identifiers/resident-id.js';
import { checkUscc } from '../../rules/identifiers/uscc.js';
import { shanghaiDateOf } from '../../rules/time.js';
import type { RegisterSubject } from '../commands.js';
import { SubjectAlreadyRegisteredError } from '../errors.js';
import type { SubjectRegistered } from '../events.js';
import type { SubjectState } from '../state.js';
import { requireText } from '../../rules/input-checks.js';
import { optionalText, requireObject } from './guards.js';

const DIVISION_CODE = /^\d{6}$/;
// A28: what looks like a resident identity number must never become a stream id.
const LOOKS_LIKE_IDENTITY_NUMBER = /^(\d{15}|\d{17}[\dXx])$/;

/** A4: an organisation is known by its USCC (GB 32100-2015); a person only by a pseudonymous id (A28). */
export function registerSubject(command: RegisterSubject, state: SubjectState): readonly [SubjectRegistered] {
  if (state.registration !== null) throw new SubjectAlreadyRegisteredError(state.registration.subjectId);
  const { now } = command;
  const subject = requireObject('subject', command.subject, 'A4');
  if (subject.kind === 'organisation') {
    const { code, warnings } = checkUscc(requireText('subject.uscc', subject.uscc, 'GB 32100-2015'), 'subject.uscc');
    return [registered(now, {
      subjectId: code,
      kind: 'organisation',
      uscc: code,
      name: requireText('subject.name', subject.name, 'A4'),
      legalRepresentative: optionalText('subject.legalRepresentative', subject.legalRepresentative, 'A4'),
      divisionCode: code.slice(2, 8), // USCC positions 3–8
      usccWarnings: warnings,
    })];
  }
  if (subject.kind !== 'person') {
    throw new InvalidInputError('subject.kind', 'ONE_OF', `${JSON.stringify((subject as { kind: unknown }).kind)} is not organisation or person`, {}, 'A4');
  }
  const subjectId = requireText('subject.subjectId', subject.subjectId, 'A28');
  if (LOOKS_LIKE_IDENTITY_NUMBER.test(subjectId)) {
    throw new InvalidInputError('subject.subjectId', 'PSEUDONYM_REQUIRED', 'a person is registered under a pseudonymous id, never an identity number', {}, 'A28');
  }
  // A4, GB 11643-1999: the person's identity number must be real (birth date not after today);
  // it is checked here and dropped: no event carries it, its birth date or a name (A28).
  checkResidentId(requireText('subject.identityNumber', subject.identityNumber, 'GB 11643-1999'), 'subject.identityNumber', shanghaiDateOf(now));
  const divisionCode = optionalText('subject.divisionCode', subject.divisionCode, 'A4');
  if (divisionCode !== null && !DIVISION_CODE.test(divisionCode)) {
    throw new InvalidInputError('subject.divisionCode', 'DIVISION_CODE', 'a division code has 6 digits', {}, 'GB 11643-1999');
  }
  return [registered(now, { subjectId, kind: 'person', uscc: null, name: null, legalRepresentative: null, divisionCode, usccWarnings: [] })];
}

function registered(now: string, data: Omit<SubjectRegistered['data'], 'registeredAt'>): SubjectRegistered {
  return { type: 'SubjectRegistered', data: { ...data, registeredAt: now } };
}
