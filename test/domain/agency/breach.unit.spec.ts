import { describe, expect, it } from '@jest/globals';
import type { RecordAgencyBreach } from '../../../domain/agency/commands.js';
import { agencyDecider } from '../../../domain/agency/decider.js';
import { AgencyBreachAlreadyRecordedError, AgencyStaffNotMemberError } from '../../../domain/agency/errors.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { AGENCY_ID, NOW, breach, exited, filed, inputRefusal, staff } from './fixtures.js';

const spec = deciderSpec(agencyDecider);

const record: RecordAgencyBreach = {
  type: 'RecordAgencyBreach',
  agencyId: AGENCY_ID,
  now: NOW,
  breachId: 'BR-1',
  breachClass: 'general',
  basisDocument: '昆信用办〔2025〕15号',
  decisionDate: '2025-06-30',
  summary: '出具的信用报告引用过期数据',
  staffId: null,
};

describe('RecordAgencyBreach', () => {
  it("A26: a breach of the agency's own credit is recorded", () => {
    spec.given([filed]).when(record).then([breach]);
  });

  it('A26: a breach naming a staff member recorded with the agency, even one who has left', () => {
    const history = [filed, staff('ST-9f3a', 'joined', '2021-01-04'), staff('ST-9f3a', 'left', '2025-01-04')];
    spec.given(history).when({ ...record, staffId: 'ST-9f3a' }).then([{ ...breach, data: { ...breach.data, staffId: 'ST-9f3a' } }]);
  });

  it('A26: after market exit breaches are still recorded', () => {
    spec.given([filed, exited('2025-01-01', 'misconduct')]).when(record).then([breach]);
  });

  it('A26: the same breach id is recorded once', () => {
    spec.given([filed, breach]).when(record).thenThrows(AgencyBreachAlreadyRecordedError);
  });

  it('A26: a staff id never recorded with the agency is refused', () => {
    spec.given([filed]).when({ ...record, staffId: 'ST-unknown' }).thenThrows(AgencyStaffNotMemberError);
  });

  it('A9/A26/A28: an unknown breach class, a future decision date, a named person or no summary is refused', () => {
    spec.given([filed]).when({ ...record, breachClass: 'grave' }).thenThrows('VALIDATION_FAILED');
    expect(inputRefusal([filed], { ...record, breachClass: 'grave' })).toEqual({ field: 'breachClass', rule: 'ONE_OF', article: 'A9' });
    expect(inputRefusal([filed], { ...record, decisionDate: '2026-03-07' })).toEqual({ field: 'decisionDate', rule: 'DATE_IN_FUTURE', article: 'A26' });
    expect(inputRefusal([filed], { ...record, decisionDate: '0000-01-01' })).toEqual({ field: 'decisionDate', rule: 'BEFORE_MEASURE', article: 'A31' });
    expect(inputRefusal([filed], { ...record, staffId: '李四' })).toEqual({ field: 'staffId', rule: 'STAFF_ID_NOT_PSEUDONYMOUS', article: 'A28' });
    expect(inputRefusal([filed], { ...record, summary: '' })).toEqual({ field: 'summary', rule: 'REQUIRED', article: 'A26' });
  });

  it('A20: a breach cannot be recorded for an agency that is not filed', () => {
    spec.given([]).when(record).thenThrows('AGENCY_NOT_FILED');
  });

  it('A20: a command routed to the wrong agency stream is refused', () => {
    expect(inputRefusal([filed], { ...record, agencyId: 'AG-99' })).toEqual({ field: 'agencyId', rule: 'AGENCY_ID_MISMATCH', article: 'A20' });
  });
});
