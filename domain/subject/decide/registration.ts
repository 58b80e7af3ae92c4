import { InvalidInputError } from '../../kernel/domain-error.js';
import { checkUscc } from '../../rules/identifiers/uscc.js';
import type { RegisterSubject } from '../commands.js';
import { SubjectAlreadyRegisteredError } from '../errors.js';
import type { SubjectRegistered } from '../events.js';
import type { SubjectState } from '../state.js';
import { optionalText, requireText } from './guards.js';

const DIVISION_CODE = /^\d{6}$/;
// A28: what looks like a resident identity number must never become a stream id.
const LOOKS_LIKE_IDENTITY_NUMBER = /^(\d{15}|\d{17}[\dXx])$/;

/** A4: an organisation is known by its USCC (GB 32100-2015); a person only by a pseudonymous id (A28). */
export function registerSubject(command: RegisterSubject, state: SubjectState): readonly [SubjectRegistered] {
  if (state.registration !== null) throw new SubjectAlreadyRegisteredError(state.registration.subjectId);
  const { subject, now } = command;
  if (subject.kind === 'organisation') {
    const { code, warnings } = checkUscc(requireText('subject.uscc', subject.uscc), 'subject.uscc');
    return [registered(now, {
      subjectId: code,
      kind: 'organisation',
      uscc: code,
      name: requireText('subject.name', subject.name),
      legalRepresentative: optionalText('subject.legalRepresentative', subject.legalRepresentative),
      divisionCode: code.slice(2, 8), // USCC positions 3–8
      usccWarnings: warnings,
    })];
  }
  if (subject.kind !== 'person') {
    throw new InvalidInputError('subject.kind', 'ONE_OF', `${JSON.stringify((subject as { kind: unknown }).kind)} is not organisation or person`);
  }
  const subjectId = requireText('subject.subjectId', subject.subjectId);
  if (LOOKS_LIKE_IDENTITY_NUMBER.test(subjectId)) {
    throw new InvalidInputError('subject.subjectId', 'PSEUDONYM_REQUIRED', 'a person is registered under a pseudonymous id, never an identity number (A28)');
  }
  const divisionCode = optionalText('subject.divisionCode', subject.divisionCode);
  if (divisionCode !== null && !DIVISION_CODE.test(divisionCode)) {
    throw new InvalidInputError('subject.divisionCode', 'DIVISION_CODE', 'a division code has 6 digits');
  }
  return [registered(now, { subjectId, kind: 'person', uscc: null, name: null, legalRepresentative: null, divisionCode, usccWarnings: [] })];
}

function registered(now: string, data: Omit<SubjectRegistered['data'], 'registeredAt'>): SubjectRegistered {
  return { type: 'SubjectRegistered', data: { ...data, registeredAt: now } };
}
