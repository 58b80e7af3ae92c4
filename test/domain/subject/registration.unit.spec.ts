import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import type { SubjectCommand } from '../../../domain/subject/commands.js';
import { residentIdCheckDigit } from '../../../domain/rules/identifiers/resident-id.js';
import { SubjectAlreadyRegisteredError, SubjectNotRegisteredError } from '../../../domain/subject/errors.js';
import { NOW, USCC, USCC_ORG_CODE_WARNING, registered, spec } from './fixtures.js';

/** A valid GB 11643 example of docs/domain.md. */
const IDENTITY_NUMBER = '360426199101010071';
/** A well-formed number (check digit right) for someone "born" 2026-03-05, after NOW. */
const BORN_AFTER_TODAY = `32058320260305123${residentIdCheckDigit('32058320260305123')}`;

const registerPerson = (extra: { subjectId?: string; identityNumber?: string; divisionCode?: string } = {}): SubjectCommand => ({
  type: 'RegisterSubject',
  now: NOW,
  subject: { kind: 'person', subjectId: 'p-7f3a9c', identityNumber: IDENTITY_NUMBER, ...extra },
});

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
    spec()
      .given([])
      .when(registerOrganisation(USCC_ORG_CODE_WARNING))
      .thenEmits([{ data: { subjectId: USCC_ORG_CODE_WARNING, usccWarnings: ['USCC_ORG_CODE_CHECK'] } }]);
  });

  it('A4, GB 32100-2015: a USCC with a wrong 18th check character is refused as invalid input (USCC_CHECK_CHARACTER)', () => {
    spec().given([]).when(registerOrganisation('91320583722291823A')).thenThrows(InvalidInputError);
    spec().given([]).when(registerOrganisation('91320583722291823A')).thenInvalid('USCC_CHECK_CHARACTER');
  });

  it('A4: an organisation without a name is refused as invalid input (TEXT_REQUIRED)', () => {
    spec().given([]).when({ type: 'RegisterSubject', now: NOW, subject: { kind: 'organisation', uscc: USCC, name: ' ' } }).thenInvalid('TEXT_REQUIRED');
  });

  it('A4, A28: a natural person is registered only under a pseudonymous id: no name, no identity number, no birth date', () => {
    spec().given([]).when(registerPerson({ divisionCode: '320583' })).then([
      {
        type: 'SubjectRegistered',
        data: { subjectId: 'p-7f3a9c', kind: 'person', uscc: null, name: null, legalRepresentative: null, divisionCode: '320583', usccWarnings: [], registeredAt: NOW },
      },
    ]);
  });

  it('A28: the identity number checked at registration appears nowhere in the event, nor its birth date', () => {
    const stored = JSON.stringify(spec().given([]).when(registerPerson({ identityNumber: '11010519491231002x' })).thenEmits([{ type: 'SubjectRegistered' }]));
    for (const personal of ['11010519491231002', '19491231', '1949-12-31']) expect(stored).not.toContain(personal);
  });

  it('A4, GB 11643-1999: a person whose identity number fails its check digit is refused (RESIDENT_ID_CHECK_DIGIT), the number not repeated', () => {
    const error = spec().given([]).when(registerPerson({ identityNumber: '360426199101010072' })).thenInvalid('RESIDENT_ID_CHECK_DIGIT');
    expect(error.message).not.toContain('360426199101010072');
    expect(JSON.stringify(error.details)).not.toContain('360426199101010072');
  });

  it('A4, GB 11643-1999: an identity number whose birth date lies after the Shanghai date of now is refused (RESIDENT_ID_BIRTH_DATE)', () => {
    spec().given([]).when(registerPerson({ identityNumber: BORN_AFTER_TODAY })).thenInvalid('RESIDENT_ID_BIRTH_DATE');
  });

  it('A4, GB 11643-1999: "today" is the Shanghai date of now: born 2026-03-05, registered at 2026-03-04T16:30Z (00:30 on 03-05 in Kunshan)', () => {
    spec().given([]).when({ ...registerPerson({ identityNumber: BORN_AFTER_TODAY }), now: '2026-03-04T16:30:00Z' }).thenEmits([{ type: 'SubjectRegistered' }]);
  });

  it('A4, GB 11643-1999: the 15-digit legacy form is refused (RESIDENT_ID_LEGACY_15)', () => {
    spec().given([]).when(registerPerson({ identityNumber: '110105491231002' })).thenInvalid('RESIDENT_ID_LEGACY_15');
  });

  it('A4, GB 11643-1999: a person registered without an identity number is refused (TEXT_REQUIRED)', () => {
    spec().given([]).when(registerPerson({ identityNumber: '' })).thenInvalid('TEXT_REQUIRED');
  });

  it('A28: an identity number offered as a person\'s subject id is refused (PSEUDONYM_REQUIRED: it would become a stream name)', () => {
    spec().given([]).when(registerPerson({ subjectId: '11010519491231002X' })).thenInvalid('PSEUDONYM_REQUIRED');
  });

  it('A4: a malformed division code of a person is refused as invalid input (DIVISION_CODE)', () => {
    spec().given([]).when(registerPerson({ subjectId: 'p-1', divisionCode: '3205' })).thenInvalid('DIVISION_CODE');
  });

  it('A4: every refusal names its rule and its article or standard', () => {
    const refusal = spec().given([]).when(registerPerson({ identityNumber: '360426199101010072' })).thenRefuses();
    expect(refusal).toMatchObject({ article: 'GB 11643-1999', details: { rule: 'RESIDENT_ID_CHECK_DIGIT' } });
    expect(refusal.message).toContain('[RESIDENT_ID_CHECK_DIGIT]');
    expect(refusal.message).toContain('(GB 11643-1999)');
    spec().given([]).when(registerPerson({ subjectId: '11010519491231002X' })).thenRefuses({ article: 'A28', details: { rule: 'PSEUDONYM_REQUIRED' } });
    spec().given([registered]).when(registerOrganisation(USCC)).thenRefuses({ article: 'A4', code: 'SUBJECT_ALREADY_REGISTERED' });
  });

  it('A4: registering a subject again is refused with SUBJECT_ALREADY_REGISTERED', () => {
    spec().given([registered]).when(registerOrganisation(USCC)).thenThrows(SubjectAlreadyRegisteredError);
    spec().given([registered]).when(registerOrganisation(USCC)).thenThrows('SUBJECT_ALREADY_REGISTERED');
  });

  it('A4: any other command on an unregistered subject is refused with SUBJECT_NOT_REGISTERED', () => {
    spec().given([]).when({ type: 'FileObjection', now: NOW, objectionId: 'OB-1', target: { kind: 'breach', id: 'BR-1' }, reason: 'x' }).thenThrows(SubjectNotRegisteredError);
    spec()
      .given([])
      .when({ type: 'RecordLoanCheck', now: NOW, loanCheckId: 'LC-1', bankId: 'BANK-1', amountFen: 100, pbocReferenceChecked: true, reliesOn: null, agencyExitedForMisconduct: false })
      .thenThrows('SUBJECT_NOT_REGISTERED');
  });

  it('A4: a command whose `now` is a bare local time (no offset) is invalid input (INSTANT)', () => {
    spec().given([]).when({ ...registerOrganisation(USCC), now: '2026-03-02T10:00:00' }).thenInvalid('INSTANT');
  });
});
