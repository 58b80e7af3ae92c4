import { describe, it, expect } from '@jest/globals';
import { CommandPrecedesRecordError } from '../../../domain/subject/errors.js';
import * as cmd from './fixture-commands.js';
import { decided, spec } from './fixtures.js';

/** A command dated before the record it acts on is refused with COMMAND_PRECEDES_RECORD, carrying both instants. */
describe('commands dated before the record they act on (COMMAND_PRECEDES_RECORD)', () => {
  it('A11: a review report issued (2026-02-02 08:00) before the request was received (09:00) is refused', () => {
    const given = decided(cmd.requestReview());
    spec().given(given).when(cmd.issueReviewReport({ now: '2026-02-02T08:00:00+08:00' })).thenThrows(CommandPrecedesRecordError);
    spec().given(given).when(cmd.issueReviewReport({ now: '2026-02-02T08:00:00+08:00' })).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      article: 'A11',
      details: { recordAt: '2026-02-02T09:00:00+08:00', commandAt: '2026-02-02T08:00:00+08:00' },
    });
  });

  it('A11: instants are compared on the time line, not as text (01:30Z is 09:30 in Kunshan, after the 09:00 request)', () => {
    spec().given(decided(cmd.requestReview())).when(cmd.issueReviewReport({ now: '2026-02-02T01:30:00Z' })).then([
      expect.objectContaining({ type: 'ReviewReportIssued' }) as never,
    ]);
  });

  it('A14: an amendment dated before the report was issued (2026-02-05 15:00) is refused', () => {
    const amend = {
      type: 'AmendReviewReport', now: '2026-02-05T14:00:00+08:00', reviewId: 'RV-1', conclusion: 'adverse-record-found',
      findings: ['BR-1'], reason: 'new breach', requestedBy: 'center',
    } as const;
    spec().given(decided(cmd.requestReview(), cmd.issueReviewReport())).when(amend).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      article: 'A14',
      details: { recordAt: '2026-02-05T15:00:00+08:00', commandAt: '2026-02-05T14:00:00+08:00' },
    });
  });

  it('A8: a commitment check recorded before the commitment was made (2026-02-02 10:00) is refused', () => {
    spec().given(decided(cmd.makeCommitment())).when(cmd.checkCommitment({ now: '2026-02-02T09:00:00+08:00', checkedOn: '2026-02-02' })).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      article: 'A8',
      details: { recordAt: '2026-02-02T10:00:00+08:00', commandAt: '2026-02-02T09:00:00+08:00' },
    });
  });

  it('A8: a check dated (checkedOn 2026-02-01) before the day the commitment was made is invalid input (DATE_BEFORE_RECORD)', () => {
    spec().given(decided(cmd.makeCommitment())).when(cmd.checkCommitment({ checkedOn: '2026-02-01' })).thenInvalid('DATE_BEFORE_RECORD');
  });

  it('SH-SCR arts. 36–38: an objection decided before it was filed (2026-02-23 10:00) is refused', () => {
    spec().given(decided(cmd.recordBreach(), cmd.fileObjection())).when(cmd.decideObjection({ now: '2026-02-22T10:00:00+08:00' })).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      details: { recordAt: '2026-02-23T10:00:00+08:00', commandAt: '2026-02-22T10:00:00+08:00' },
    });
  });

  it('SH-SCR art. 37: a department decision dated before the objection was forwarded to it (2026-02-25 16:00) is refused', () => {
    const given = decided(cmd.recordBreach(), cmd.fileObjection(), cmd.forwardObjection());
    const early = cmd.decideObjection({ now: '2026-02-24T10:00:00+08:00', decidedBy: { kind: 'department', departmentId: 'DEP-MARKET' } });
    spec().given(given).when(early).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      article: 'SH-SCR art. 37',
      details: { recordAt: '2026-02-25T16:00:00+08:00', commandAt: '2026-02-24T10:00:00+08:00' },
    });
  });

  it('NDRC 令第36号: a repair decided before the application (2026-04-20 10:00) is refused', () => {
    spec().given(decided(cmd.recordBreach(), cmd.applyForRepair())).when(cmd.decideRepair({ now: '2026-04-19T10:00:00+08:00' })).thenRefuses({
      code: 'COMMAND_PRECEDES_RECORD',
      article: 'NDRC 令第36号',
      details: { recordAt: '2026-04-20T10:00:00+08:00', commandAt: '2026-04-19T10:00:00+08:00' },
    });
  });
});
