import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import type { SubjectCommand } from '../../../domain/subject/commands.js';
import { SubjectAlreadyRegisteredError, SubjectNotRegisteredError } from '../../../domain/subject/errors.js';
import { NOW, USCC, USCC_ORG_CODE_WARNING, decideOn, registered, spec } from './fixtures.js';

const registerOrganisation = (uscc: string, extra: { legalRepresentative?: string } = {}): SubjectCommand => ({
  type: 'RegisterSubject',
  now: NOW,
  subject: { kind: 'organisation', uscc, name: '昆山示例精密机械有限公司', ...extra },
});

describe('RegisterSubject (A4)', () => {
  it('A4: an organisation is registered under its upper-cased USCC, with its division code', () => {
    spec().given([]).when(registerOrganisation(USCC.toLowerCase(), { legalRepresentative: '王五' })).then([
      {
        type: 'SubjectRegistered',
        data: {
          subjectId: USCC,
          kind: 'organisation',
          uscc: USCC,
          name: '昆山示例精密机械有限公司',
          legalRepresentative: '王五',
          divisionCode: '320583',
          usccWarnings: [],
          registeredAt: NOW,
        },
      },
    ]);
  });

  it('A4: a USCC failing only the GB 11714 17th character is accepted and its warning kept in the event', () => {
    const [event] = decideOn([], registerOrganisation(USCC_ORG_CODE_WARNING));
    expect(event.data).toMatchObject({ subjectId: USCC_ORG_CODE_WARNING, usccWarnings: ['USCC_ORG_CODE_CHECK'] });
  });

  it('A4: a USCC with a wrong 18th check character is refused as invalid input', () => {
    spec().given([]).when(registerOrganisation('91320583722291823A')).thenThrows(InvalidInputError);
    spec().given([]).when(registerOrganisation('91320583722291823A')).thenThrows('VALIDATION_FAILED');
  });

  it('A4: an organisation without a name is refused as invalid input', () => {
    spec().given([]).when({ type: 'RegisterSubject', now: NOW, subject: { kind: 'organisation', uscc: USCC, name: ' ' } }).thenThrows('VALIDATION_FAILED');
  });

  it('A4, A28: a natural person is registered only under a pseudonymous id: no name, no identity number', () => {
    spec().given([]).when({ type: 'RegisterSubject', now: NOW, subject: { kind: 'person', subjectId: 'p-7f3a9c', divisionCode: '320583' } }).then([
      {
        type: 'SubjectRegistered',
        data: { subjectId: 'p-7f3a9c', kind: 'person', uscc: null, name: null, legalRepresentative: null, divisionCode: '320583', usccWarnings: [], registeredAt: NOW },
      },
    ]);
  });

  it('A28: an identity number offered as a person\'s subject id is refused (it would become a stream name)', () => {
    spec().given([]).when({ type: 'RegisterSubject', now: NOW, subject: { kind: 'person', subjectId: '11010519491231002X' } }).thenThrows('VALIDATION_FAILED');
  });

  it('A4: a malformed division code of a person is refused as invalid input', () => {
    spec().given([]).when({ type: 'RegisterSubject', now: NOW, subject: { kind: 'person', subjectId: 'p-1', divisionCode: '3205' } }).thenThrows('VALIDATION_FAILED');
  });

  it('A4: registering a subject again is refused with SUBJECT_ALREADY_REGISTERED', () => {
    spec().given([registered]).when(registerOrganisation(USCC)).thenThrows(SubjectAlreadyRegisteredError);
    spec().given([registered]).when(registerOrganisation(USCC)).thenThrows('SUBJECT_ALREADY_REGISTERED');
  });

  it('A4: any other command on an unregistered subject is refused with SUBJECT_NOT_REGISTERED', () => {
    spec().given([]).when({ type: 'FileObjection', now: NOW, objectionId: 'OB-1', target: { kind: 'breach', id: 'BR-1' }, reason: 'x' }).thenThrows(SubjectNotRegisteredError);
    spec()
      .given([])
      .when({ type: 'RecordLoanCheck', now: NOW, loanCheckId: 'LC-1', bankId: 'BANK-1', amountFen: 100, pbocReferenceChecked: true, reliesOn: null })
      .thenThrows('SUBJECT_NOT_REGISTERED');
  });

  it('A4: a command whose `now` is a bare local time (no offset) is invalid input', () => {
    spec().given([]).when({ ...registerOrganisation(USCC), now: '2026-03-02T10:00:00' }).thenThrows('VALIDATION_FAILED');
  });
});
