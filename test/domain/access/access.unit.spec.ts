import { describe, it, expect } from '@jest/globals';
import type { AccessCommand } from '../../../domain/access/commands.js';
import { accessDecider, accessStreamName } from '../../../domain/access/decider.js';
import { fold } from '../../../domain/kernel/decider.js';
import { PersonalDataErasedError } from '../../../domain/access/errors.js';
import type { AccessEvent } from '../../../domain/access/events.js';
import { deciderSpec } from '../../support/decider-spec.js';

const PERSON = 'P3F2A9C0D4E5B6A7980C1D2E3F4A5B6C7';
const OFFICER = { kind: 'department', id: 'officer-7', department: 'ks-drc' };
const OFFICE = { kind: 'credit-office', id: 'supervisor-1', department: null };
const FIELDS = ['fullName', 'identityNumber', 'birthDate'];

const read = (purpose: string, now = '2026-03-06T09:30:00.000+08:00'): AccessCommand =>
  ({ type: 'RecordPersonalDataAccess', now, subjectId: PERSON, actor: OFFICER, purpose, fields: FIELDS });
const erase = (basisDocument: string, now = '2026-03-09T10:00:00.000+08:00'): AccessCommand =>
  ({ type: 'ErasePersonalData', now, subjectId: PERSON, actor: OFFICE, basisDocument });

const accessed: AccessEvent = {
  type: 'PersonalDataAccessed',
  data: { subjectId: PERSON, accessedAt: '2026-03-06T09:30:00.000+08:00', actorKind: 'department', actorId: 'officer-7', actorDepartment: 'ks-drc', purpose: '行政许可审查 昆发改许〔2026〕3号', fields: FIELDS },
};
const erased: AccessEvent = {
  type: 'PersonalDataErased',
  data: { subjectId: PERSON, erasedAt: '2026-03-09T10:00:00.000+08:00', actorKind: 'credit-office', actorId: 'supervisor-1', basisDocument: '昆信用办函〔2026〕5号' },
};

describe('the access stream (A28)', () => {
  const spec = deciderSpec(accessDecider);

  it('A28: a read of unmasked personal data is recorded with who, the purpose (trimmed), the fields and when', () => {
    spec.given([]).when(read('  行政许可审查 昆发改许〔2026〕3号 ')).then([accessed]);
  });

  it('A28: every read is recorded, also after earlier reads', () => {
    spec.given([accessed, accessed]).when(read('行政许可审查 昆发改许〔2026〕3号')).then([accessed]);
  });

  it.each([['empty', ''], ['blank', ' '], ['one character', 'x'], ['201 characters', 'a'.repeat(201)], ['two lines', 'two\nlines']])('A28: a purpose that is %s is refused as VALIDATION_FAILED (TEXT_2_200)', (_label, purpose) => {
    spec.given([]).when(read(purpose)).thenThrows('VALIDATION_FAILED');
  });

  it('A28: the credit office erases on a lawful basis; the erasure records basis, who and when, no personal data', () => {
    spec.given([accessed]).when(erase('昆信用办函〔2026〕5号')).then([erased]);
  });

  it('A28: an erasure without a basis document is refused', () => {
    spec.given([]).when(erase(' ')).thenThrows('VALIDATION_FAILED');
  });

  it('A28: after the erasure nothing can be read, and nothing erased again (PERSONAL_DATA_ERASED)', () => {
    spec.given([accessed, erased]).when(read('行政许可审查')).thenThrows(PersonalDataErasedError);
    spec.given([erased]).when(erase('昆信用办函〔2026〕6号')).thenThrows('PERSONAL_DATA_ERASED');
  });

  it('evolve counts reads and keeps the erasure', () => {
    const state = fold(accessDecider, [accessed, accessed, erased]);
    expect(state).toEqual({ accesses: 2, erasure: { erasedAt: '2026-03-09T10:00:00.000+08:00', basisDocument: '昆信用办函〔2026〕5号' } });
  });

  it('the stream of a person is access-<subjectId>', () => {
    expect(accessStreamName(PERSON)).toBe(`access-${PERSON}`);
  });
});
