import { describe, it } from '@jest/globals';
import { ObjectionAlreadyDecidedError, ObjectionAlreadyForwardedError, ObjectionNotFoundError, ObjectionWrongDepartmentError } from '../../../domain/subject/errors.js';
import type { ObjectionDecided, ObjectionForwarded } from '../../../domain/subject/events.js';
import { checkCommitment, fileObjection, forwardObjection as forward, issueReviewReport, makeCommitment, recordBreach, requestReview } from './fixture-commands.js';
import { NOW, breachRecorded, creditReportFiled, decided, history, objectionFiled, spec } from './fixtures.js';

const SOURCE = 'SH-SCR arts. 36–38';

/** Decided from recordBreach() and fileObjection() on holiday Monday 2026-02-23, forwarded on Wednesday 02-25. */
const forwarded: ObjectionForwarded = {
  type: 'ObjectionForwarded',
  data: { objectionId: 'OB-1', toDepartmentId: 'DEP-MARKET', forwardedAt: '2026-02-25T16:00:00+08:00', late: false, departmentDueAt: '2026-03-03T23:59:59.999+08:00', provisional: false },
};

const forwardedToMarket = () => decided(recordBreach(), fileObjection(), forward());

const rejected: ObjectionDecided = {
  type: 'ObjectionDecided',
  data: { objectionId: 'OB-1', decidedBy: { kind: 'center' }, outcome: 'rejected', reasons: 'no', decidedAt: '2026-02-27T10:00:00+08:00', late: false },
};

describe(`ForwardObjection (${SOURCE})`, () => {
  it('SH-SCR 36–38: the center forwards within 2 working days; the department has 5 working days (Saturday 02-28 is a working day)', () => {
    spec().given(decided(recordBreach(), fileObjection())).when(forward()).then([forwarded]);
  });

  it('SH-SCR art. 37: a breach objection goes to the department that recorded the breach: another is refused with OBJECTION_WRONG_DEPARTMENT', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(forward({ toDepartmentId: 'DEP-TAX' })).thenThrows(ObjectionWrongDepartmentError);
    spec().given(history(breachRecorded(), objectionFiled())).when(forward({ toDepartmentId: 'DEP-TAX' })).thenRefuses({
      code: 'OBJECTION_WRONG_DEPARTMENT',
      article: 'SH-SCR art. 37',
      details: { expected: 'DEP-MARKET', actual: 'DEP-TAX' },
    });
  });

  it('SH-SCR art. 37: a commitment-check objection goes to the department that recorded the check', () => {
    const given = decided(makeCommitment(), checkCommitment(), fileObjection({ target: { kind: 'commitment-check', id: 'CM-1' } }));
    spec().given(given).when(forward({ toDepartmentId: 'DEP-MARKET' })).thenThrows('OBJECTION_WRONG_DEPARTMENT');
    spec().given(given).when(forward({ toDepartmentId: 'DEP-HOUSING' })).thenEmits([{ data: { toDepartmentId: 'DEP-HOUSING' } }]);
  });

  it('SH-SCR art. 37, docs/domain.md "Departments change over time": after a merger the successor of the recording department receives it', () => {
    spec()
      .given(history(breachRecorded(), objectionFiled()))
      .when(forward({ toDepartmentId: 'DEP-SAMR-KS', recordingDepartmentSuccessors: ['DEP-SAMR-KS'] }))
      .thenEmits([{ data: { toDepartmentId: 'DEP-SAMR-KS' } }]);
  });

  it('SH-SCR art. 37: a record no department provided (a credit report the subject commissioned) has no department to match', () => {
    const given = history(creditReportFiled(), objectionFiled({ target: { kind: 'credit-report', id: 'CR-1' } }));
    spec().given(given).when(forward({ toDepartmentId: 'DEP-FINANCE' })).thenEmits([{ data: { toDepartmentId: 'DEP-FINANCE' } }]);
  });

  it('A15, SH-SCR art. 37: an objection to a credit report a department commissioned goes only to that department', () => {
    const given = history(creditReportFiled({ commissionedBy: { kind: 'department', departmentId: 'DEP-HOUSING' } }), objectionFiled({ target: { kind: 'credit-report', id: 'CR-1' } }));
    spec().given(given).when(forward({ toDepartmentId: 'DEP-FINANCE' })).thenRefuses({ code: 'OBJECTION_WRONG_DEPARTMENT', details: { expected: 'DEP-HOUSING' } });
    spec().given(given).when(forward({ toDepartmentId: 'DEP-HOUSING' })).thenEmits([{ data: { toDepartmentId: 'DEP-HOUSING' } }]);
  });

  it('A10, SH-SCR art. 37: an objection to a review report a department requested goes only to that department', () => {
    const given = decided(
      requestReview({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE', departmentParticipates: true } }),
      issueReviewReport(),
      fileObjection({ target: { kind: 'review-report', id: 'RV-1' } }),
    );
    spec().given(given).when(forward({ toDepartmentId: 'DEP-MARKET' })).thenThrows(ObjectionWrongDepartmentError);
    spec().given(given).when(forward({ toDepartmentId: 'DEP-FINANCE' })).thenEmits([{ data: { toDepartmentId: 'DEP-FINANCE' } }]);
  });

  it('A6, SH-SCR art. 37: an objection to a commitment goes to the department holding it', () => {
    const given = decided(makeCommitment(), fileObjection({ target: { kind: 'commitment', id: 'CM-1' } }));
    spec().given(given).when(forward({ toDepartmentId: 'DEP-MARKET' })).thenThrows('OBJECTION_WRONG_DEPARTMENT');
    spec().given(given).when(forward({ toDepartmentId: 'DEP-HOUSING' })).thenEmits([{ type: 'ObjectionForwarded' }]);
  });

  it('SH-SCR 36–38: forwarding dated before the objection was filed is refused with COMMAND_PRECEDES_RECORD, carrying both instants', () => {
    spec().given(history(breachRecorded(), objectionFiled())).when(forward({ now: '2026-02-23T09:00:00+08:00' })).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      details: { recordAt: '2026-02-23T10:00:00+08:00', commandAt: '2026-02-23T09:00:00+08:00' },
    });
  });

  it('SH-SCR 36–38: forwarding after the 2 working days is recorded as late', () => {
    spec()
      .given(history(breachRecorded(), objectionFiled()))
      .when(forward({ now: NOW }))
      .thenEmits([{ data: { late: true, departmentDueAt: '2026-03-09T23:59:59.999+08:00' } }]);
  });

  it('SH-SCR 36–38: an objection already forwarded is refused with OBJECTION_ALREADY_FORWARDED', () => {
    spec().given(forwardedToMarket()).when(forward()).thenThrows(ObjectionAlreadyForwardedError);
  });

  it('SH-SCR 36–38: forwarding a decided objection is refused with OBJECTION_ALREADY_DECIDED', () => {
    spec().given(history(breachRecorded(), objectionFiled(), rejected)).when(forward()).thenThrows(ObjectionAlreadyDecidedError);
  });

  it('SH-SCR 36–38: forwarding an unknown objection is refused with OBJECTION_NOT_FOUND', () => {
    spec().given(history(breachRecorded())).when(forward()).thenThrows(ObjectionNotFoundError);
  });
});
