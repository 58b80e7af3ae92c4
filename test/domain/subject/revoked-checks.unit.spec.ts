/**
 * Given/when/then: a follow-up check revoked after an objection counts as no check (A8, SH-SCR
 * art. 38). CM-1 is made on 2026-02-02 and checked breached on 02-20 (breach BR-9); the check is
 * objected to on 02-23 and revoked on 02-27 (`CORRECTED_AT`), which revokes BR-9 with it (A9).
 */
import { describe, it, expect } from '@jest/globals';
import type { RecordCommitmentCheck } from '../../../domain/subject/commands.js';
import { DEFAULT_SUBJECT_POLICY } from '../../../domain/subject/decider.js';
import { eligibility, type EligibilityOptions, type EligibilityRequirement } from '../../../domain/subject/eligibility.js';
import { CommitmentAlreadyCheckedError } from '../../../domain/subject/errors.js';
import { commitmentCheckAsOf, openCommitments } from '../../../domain/subject/queries.js';
import type { SubjectState } from '../../../domain/subject/state.js';
import type { RecordTarget } from '../../../domain/subject/values.js';
import { checkCommitment, decideObjection, fileObjection, makeCommitment } from './fixture-commands.js';
import { CORRECTED_AT, correct } from './fixture-objections.js';
import { decided, decidedAfter, spec, stateOf } from './fixtures.js';

const CHECK: RecordTarget = { kind: 'commitment-check', id: 'CM-1' };
const AFTER_FIRST_CHECK = '2026-02-21T10:00:00+08:00';
const RECHECKED_AT = '2026-03-02T10:00:00+08:00';
const OPTIONS: EligibilityOptions = { policy: DEFAULT_SUBJECT_POLICY, agenciesExitedForMisconduct: new Set() };
const NEEDS_COMMITMENT: EligibilityRequirement = { products: ['commitment'], mode: 'all', departmentId: 'DEP-HOUSING', matter: 'construction permit' };

const breachFacts = (breachId: string, decisionDate: string) => ({
  breachId,
  breachClass: 'general' as const,
  basisDocument: '昆住建罚〔2026〕3号',
  decisionDate,
  disclosureMonths: 3,
  summary: 'materials found untrue',
  subjectMinorOnDecision: false,
});

const recheck = (extra: Partial<RecordCommitmentCheck> = {}): RecordCommitmentCheck => checkCommitment({ now: RECHECKED_AT, checkedOn: '2026-03-02', ...extra });

const checkRevoked = decided(
  makeCommitment(),
  checkCommitment({ outcome: 'breached', breach: breachFacts('BR-9', '2026-02-20') }),
  fileObjection({ target: CHECK }),
  correct({}, { revokesRecord: true }),
);
const rechecked = decidedAfter(checkRevoked, recheck());

const checkOf = (state: SubjectState, at: string) => commitmentCheckAsOf(state, state.commitments['CM-1'], at);

describe('A revoked commitment check (A8, SH-SCR art. 38)', () => {
  it('A8, SH-SCR art. 38: given the only check revoked, when the department checks again, then the new check is recorded', () => {
    spec().given(checkRevoked).when(recheck()).then([
      { type: 'CommitmentCheckRecorded', data: { commitmentId: 'CM-1', outcome: 'kept', checkedOn: '2026-03-02', departmentId: 'DEP-HOUSING', breachId: null, recordedAt: RECHECKED_AT } },
    ]);
  });

  it('A8, A9, SH-SCR art. 38: the new check may find the commitment breached again, with new breach information', () => {
    spec()
      .given(checkRevoked)
      .when(recheck({ outcome: 'breached', breach: breachFacts('BR-10', '2026-03-02') }))
      .thenEmits([{ type: 'CommitmentCheckRecorded' }, { type: 'BreachRecorded' }]);
  });

  it('A8: a new check recorded before the revocation instant is refused (COMMAND_PRECEDES_RECORD)', () => {
    spec().given(checkRevoked).when(recheck({ now: '2026-02-26T10:00:00+08:00', checkedOn: '2026-02-26' })).thenThrows('COMMAND_PRECEDES_RECORD');
  });

  it('A8: once the new check is recorded, a further check is refused (COMMITMENT_ALREADY_CHECKED): the old revocation does not carry over', () => {
    spec().given(rechecked).when(recheck({ now: '2026-03-03T10:00:00+08:00', checkedOn: '2026-03-03' })).thenThrows(CommitmentAlreadyCheckedError);
  });

  it('A8, SH-SCR art. 38: the check in force is the old one until its revocation, none until the new one, then the new one', () => {
    const state = stateOf(rechecked);
    expect(checkOf(state, AFTER_FIRST_CHECK)).toMatchObject({ outcome: 'breached', breachId: 'BR-9' });
    expect(checkOf(state, CORRECTED_AT)).toBeNull();
    expect(checkOf(state, RECHECKED_AT)).toMatchObject({ outcome: 'kept', breachId: null, checkedOn: '2026-03-02' });
    // The stored history: the revoked check kept with its revocation; the new one starts clean.
    expect(state.commitments['CM-1'].earlierChecks).toEqual([
      expect.objectContaining({ check: expect.objectContaining({ outcome: 'breached', breachId: 'BR-9' }), annotations: expect.objectContaining({ revokedAt: CORRECTED_AT }) }),
    ]);
    expect(state.annotations['commitment-check:CM-1']).toMatchObject({ revokedAt: null, corrections: [] });
  });

  it('A24, SH-SCR art. 38: eligibility no longer sees the revoked breached check: the commitment is held again', () => {
    const state = stateOf(checkRevoked);
    expect(eligibility(state, NEEDS_COMMITMENT, AFTER_FIRST_CHECK, OPTIONS)).toMatchObject({ eligible: false, missing: ['commitment'] });
    expect(eligibility(state, NEEDS_COMMITMENT, RECHECKED_AT, OPTIONS)).toMatchObject({ eligible: true, held: { commitment: { commitmentId: 'CM-1', underObjection: false } } });
  });

  it('A8, SH-SCR art. 38: a commitment whose check was revoked is open again until the new check', () => {
    expect(openCommitments(stateOf(checkRevoked)).map((c) => c.commitmentId)).toEqual(['CM-1']);
    expect(openCommitments(stateOf(checkRevoked), AFTER_FIRST_CHECK)).toEqual([]);
    expect(openCommitments(stateOf(rechecked))).toEqual([]);
  });

  it('SH-SCR art. 38: the new check can itself be objected to and revoked, and the commitment checked a third time', () => {
    const revokedAgain = decidedAfter(
      rechecked,
      fileObjection({ objectionId: 'OB-2', target: CHECK, now: '2026-03-03T10:00:00+08:00' }),
      decideObjection({ objectionId: 'OB-2', now: '2026-03-04T10:00:00+08:00', outcome: 'corrected', reasons: undefined, correction: {}, revokesRecord: true }),
    );
    expect(checkOf(stateOf(revokedAgain), '2026-03-04T10:00:00+08:00')).toBeNull();
    expect(checkOf(stateOf(revokedAgain), '2026-03-03T12:00:00+08:00')).toMatchObject({ outcome: 'kept' });
    spec().given(revokedAgain).when(recheck({ now: '2026-03-05T10:00:00+08:00', checkedOn: '2026-03-05' })).thenEmits([{ type: 'CommitmentCheckRecorded' }]);
  });

  it('A8, SH-SCR art. 36: a correction of the new check applies to it from the correction on', () => {
    const breachedAgain = decidedAfter(checkRevoked, recheck({ outcome: 'breached', breach: breachFacts('BR-10', '2026-03-02') }));
    const correctedToKept = decidedAfter(
      breachedAgain,
      fileObjection({ objectionId: 'OB-2', target: CHECK, now: '2026-03-03T10:00:00+08:00' }),
      decideObjection({ objectionId: 'OB-2', now: '2026-03-04T10:00:00+08:00', outcome: 'corrected', reasons: undefined, correction: { outcome: 'kept' } }),
    );
    expect(checkOf(stateOf(correctedToKept), '2026-03-04T10:00:00+08:00')).toMatchObject({ outcome: 'kept', breachId: 'BR-10' });
    expect(checkOf(stateOf(correctedToKept), '2026-03-03T10:00:00+08:00')).toMatchObject({ outcome: 'breached', breachId: 'BR-10' });
  });

  it('A8: an objection open against a check does not, by itself, allow a new one (COMMITMENT_ALREADY_CHECKED)', () => {
    const objected = decided(makeCommitment(), checkCommitment(), fileObjection({ target: CHECK }));
    spec().given(objected).when(recheck()).thenRefuses({ code: 'COMMITMENT_ALREADY_CHECKED', details: { outcome: 'kept' } });
  });
});
