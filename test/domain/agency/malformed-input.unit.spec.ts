import { describe, it, expect } from '@jest/globals';
import type { AgencyCommand } from '../../../domain/agency/commands.js';
import { agencyDecider } from '../../../domain/agency/decider.js';
import type { AgencyEvent } from '../../../domain/agency/events.js';
import { fold } from '../../../domain/kernel/decider.js';
import { badValues, expectTypedRefusal, withField } from '../malformed-input.js';
import { AGENCY_ID, NOW, fileCommand, filed, staff, suspended } from './fixtures.js';

const base = { agencyId: AGENCY_ID, now: NOW };

interface Row {
  readonly given: AgencyEvent[];
  readonly valid: AgencyCommand;
  readonly fields: readonly string[];
  readonly nullable?: readonly string[];
}

const ROWS: Readonly<Record<string, Row>> = {
  FileAgency: { given: [], valid: fileCommand, fields: ['agencyId', 'now', 'name', 'uscc', 'filingAuthority', 'level', 'filingNumber', 'filedOn'] },
  SuspendAgency: {
    given: [filed],
    valid: { ...base, type: 'SuspendAgency', from: '2025-03-01', until: '2025-05-31', reason: '报告质量抽查不合格', basisDocument: '昆信用办〔2025〕3号' },
    fields: ['agencyId', 'from', 'reason', 'basisDocument'],
    nullable: ['until'],
  },
  LiftAgencySuspension: {
    given: [filed, suspended('2025-03-01', null)],
    valid: { ...base, type: 'LiftAgencySuspension', on: '2025-04-01', basisDocument: '昆信用办〔2025〕9号' },
    fields: ['on', 'basisDocument'],
  },
  ExitAgency: {
    given: [filed],
    valid: { ...base, type: 'ExitAgency', exitedOn: '2025-01-01', reason: 'misconduct', basisDocument: '昆信用办〔2025〕12号' },
    fields: ['exitedOn', 'reason', 'basisDocument'],
  },
  RecordAgencyStaff: {
    given: [filed],
    valid: { ...base, type: 'RecordAgencyStaff', staffId: 'ST-0001', role: 'analyst', change: 'joined', on: '2025-01-02' },
    fields: ['staffId', 'role', 'change', 'on'],
  },
  RecordAgencyBreach: {
    given: [filed, staff('ST-0001', 'joined', '2021-01-04')],
    valid: {
      ...base, type: 'RecordAgencyBreach', breachId: 'BR-1', breachClass: 'general', basisDocument: '昆信用办〔2025〕15号',
      decisionDate: '2025-06-30', summary: '出具的信用报告引用过期数据', staffId: 'ST-0001',
    },
    fields: ['breachId', 'breachClass', 'basisDocument', 'decisionDate', 'summary'],
    nullable: ['staffId'],
  },
};

const decide = (given: AgencyEvent[], command: AgencyCommand) => agencyDecider.decide(command, fold(agencyDecider, given));

describe('malformed input to every agency command is a typed refusal, never a TypeError (A20, A26)', () => {
  it.each(Object.entries(ROWS))('%s: the valid command the table starts from is accepted', (_name, row) => {
    expect(decide(row.given, row.valid).length).toBeGreaterThan(0);
  });

  const cases = Object.entries(ROWS).flatMap(([name, row]) =>
    badValues(row.valid, row.fields, row.nullable ?? []).map(([label, path, value]): [string, string, Row, string, unknown] => [name, label, row, path, value]),
  );

  it.each(cases)('A20, A26: %s with %s is refused with a typed DomainError citing its article', (_name, _label, row, path, value) => {
    expectTypedRefusal(() => decide(row.given, withField(row.valid, path, value)));
  });

  it('A20 (GB 32100-2015): a FileAgency without a USCC is invalid input (REQUIRED), not a TypeError', () => {
    expect(expectTypedRefusal(() => decide([], withField(fileCommand, 'uscc', undefined)))).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'uscc', rule: 'REQUIRED' } });
  });

  it('A26: a command that is not an object, or of an unknown type, is invalid input (OBJECT_REQUIRED, COMMAND_TYPE)', () => {
    expect(expectTypedRefusal(() => decide([], null as never)).details.rule).toBe('OBJECT_REQUIRED');
    expect(expectTypedRefusal(() => decide([filed], { ...base, type: 'RenameAgency' } as never)).details.rule).toBe('COMMAND_TYPE');
  });
});
