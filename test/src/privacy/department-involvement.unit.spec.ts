import { describe, it, expect } from '@jest/globals';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { departmentIsInvolved } from '../../../src/privacy/department-involvement.js';

const by = (kind: string, department: string | null) => ({ actor: { kind, id: 'officer-1', department } });
const event = (type: string, data: Record<string, unknown>, metadata = by('center', null)) => ({ type, data, metadata }) as unknown as StoredEvent;
const REGISTERED = event('SubjectRegistered', { subjectId: 'S1', kind: 'person', name: null, legalRepresentative: null }, by('department', 'ks-transport'));

describe('whether a department has a record of a subject (A28)', () => {
  it.each([
    ['BreachRecorded departmentId', event('BreachRecorded', { departmentId: 'ks-housing' })],
    ['ReviewRequested forDepartmentId', event('ReviewRequested', { forDepartmentId: 'ks-housing', requestedBy: { kind: 'subject' } })],
    ['ObjectionForwarded toDepartmentId', event('ObjectionForwarded', { toDepartmentId: 'ks-housing' })],
    ['ObjectionDecided decidedBy.departmentId', event('ObjectionDecided', { decidedBy: { kind: 'department', departmentId: 'ks-housing' } })],
    ['CreditReportUsed usedBy {kind: department, id}', event('CreditReportUsed', { usedBy: { kind: 'department', id: 'ks-housing' } })],
    ['the actor of SubjectRegistered (it registered the subject, A4)', event('SubjectRegistered', { subjectId: 'S2' }, by('department', 'ks-housing'))],
  ])('A28: a department named by %s has a record', (_, record) => {
    expect(departmentIsInvolved([REGISTERED, record], 'ks-housing')).toBe(true);
  });

  it('A28: another department\'s registration or record, a bank with the same id, or the id in free text is no record of the department', () => {
    expect(departmentIsInvolved([REGISTERED], 'ks-housing')).toBe(false);
    expect(departmentIsInvolved([REGISTERED, event('BreachRecorded', { departmentId: 'ks-transport' })], 'ks-housing')).toBe(false);
    expect(departmentIsInvolved([event('CreditReportUsed', { usedBy: { kind: 'bank', id: 'ks-housing' } })], 'ks-housing')).toBe(false);
    expect(departmentIsInvolved([event('BreachRecorded', { summary: 'ks-housing' })], 'ks-housing')).toBe(false);
  });
});
