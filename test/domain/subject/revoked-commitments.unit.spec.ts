/**
 * Given/when/then: a commitment revoked or corrected after an objection (A6–A8, SH-SCR arts. 36–38).
 * The commitment CM-1 (DEP-HOUSING, construction permit) is made on 2026-02-02, objected to on
 * 02-23 and the objection decided on 02-27 (`CORRECTED_AT`).
 */
import { describe, it, expect } from '@jest/globals';
import { DEFAULT_SUBJECT_POLICY } from '../../../domain/subject/decider.js';
import { eligibility, type EligibilityOptions, type EligibilityRequirement } from '../../../domain/subject/eligibility.js';
import { CommitmentRevokedError } from '../../../domain/subject/errors.js';
import { commitmentAsOf, openCommitments } from '../../../domain/subject/queries.js';
import type { RecordTarget } from '../../../domain/subject/values.js';
import { checkCommitment, fileObjection, makeCommitment } from './fixture-commands.js';
import { CORRECTED_AT, correct } from './fixture-objections.js';
import { decided, spec, stateOf } from './fixtures.js';

const COMMITMENT: RecordTarget = { kind: 'commitment', id: 'CM-1' };
const BEFORE_OBJECTION = '2026-02-20T10:00:00+08:00';
const UNDER_OBJECTION = '2026-02-24T10:00:00+08:00';
const LATER = '2026-03-02T10:00:00+08:00';
const OPTIONS: EligibilityOptions = { policy: DEFAULT_SUBJECT_POLICY, agenciesExitedForMisconduct: new Set() };
const needs = (matter: string): EligibilityRequirement => ({ products: ['commitment'], mode: 'all', departmentId: 'DEP-HOUSING', matter });

const breachFacts = {
  breachId: 'BR-9',
  breachClass: 'general' as const,
  basisDocument: '昆住建罚〔2026〕3号',
  decisionDate: '2026-03-02',
  disclosureMonths: 3,
  summary: 'materials found untrue',
  subjectMinorOnDecision: false,
};

const revokedCommitment = decided(makeCommitment(), fileObjection({ target: COMMITMENT }), correct({}, { revokesRecord: true }));
const correctedCommitment = decided(
  makeCommitment(),
  fileObjection({ target: COMMITMENT }),
  correct({ matter: 'demolition permit', consentToPublication: false }),
);

describe('RecordCommitmentCheck on a revoked commitment (A8, SH-SCR art. 38)', () => {
  it('A8, SH-SCR art. 38: given a commitment revoked on objection, when its department checks it breached, then COMMITMENT_REVOKED and no breach is recorded', () => {
    spec()
      .given(revokedCommitment)
      .when(checkCommitment({ now: LATER, checkedOn: '2026-03-02', outcome: 'breached', breach: breachFacts }))
      .thenThrows(CommitmentRevokedError);
  });

  it('A8, SH-SCR art. 38: a kept check of a revoked commitment is refused too, naming the revocation', () => {
    spec().given(revokedCommitment).when(checkCommitment({ now: LATER, checkedOn: '2026-03-02' })).thenRefuses({
      code: 'COMMITMENT_REVOKED',
      article: 'A8',
      details: { commitmentId: 'CM-1', revokedAt: CORRECTED_AT },
    });
  });

  it('A8, SH-SCR art. 38: a check dated before the revocation but recorded after it is refused (the commitment no longer binds)', () => {
    spec().given(revokedCommitment).when(checkCommitment({ now: LATER, checkedOn: '2026-02-20' })).thenThrows('COMMITMENT_REVOKED');
  });
});

describe('openCommitments with revoked and corrected commitments (A8, SH-SCR arts. 36–38)', () => {
  it('SH-SCR art. 38: a revoked commitment is not open from its revocation on; before it, it was', () => {
    const state = stateOf(revokedCommitment);
    expect(openCommitments(state)).toEqual([]);
    expect(openCommitments(state, LATER)).toEqual([]);
    expect(openCommitments(state, UNDER_OBJECTION).map((c) => c.commitmentId)).toEqual(['CM-1']);
  });

  it('SH-SCR art. 36: an open commitment is listed with its corrected matter and consent from the correction on', () => {
    const state = stateOf(correctedCommitment);
    expect(openCommitments(state)).toEqual([expect.objectContaining({ commitmentId: 'CM-1', matter: 'demolition permit', consentToPublication: false })]);
    expect(openCommitments(state, UNDER_OBJECTION)).toEqual([expect.objectContaining({ matter: 'construction permit', consentToPublication: true })]);
  });
});

describe('commitmentAsOf (A6–A8, SH-SCR arts. 36–38)', () => {
  it('A6, SH-SCR art. 36: the corrected matter and consent apply from the correction on; the stored record is unchanged', () => {
    const state = stateOf(correctedCommitment);
    expect(commitmentAsOf(state, 'CM-1', LATER)).toMatchObject({ matter: 'demolition permit', consentToPublication: false, madeAt: '2026-02-02T10:00:00+08:00' });
    expect(commitmentAsOf(state, 'CM-1', UNDER_OBJECTION)).toMatchObject({ matter: 'construction permit', consentToPublication: true });
    expect(state.commitments['CM-1']).toMatchObject({ matter: 'construction permit', consentToPublication: true });
  });

  it('A6, SH-SCR art. 38: null before the commitment was made, for an unknown id, and once revoked', () => {
    expect(commitmentAsOf(stateOf(correctedCommitment), 'CM-1', '2026-02-01T10:00:00+08:00')).toBeNull();
    expect(commitmentAsOf(stateOf(correctedCommitment), 'CM-404', LATER)).toBeNull();
    expect(commitmentAsOf(stateOf(revokedCommitment), 'CM-1', LATER)).toBeNull();
    expect(commitmentAsOf(stateOf(revokedCommitment), 'CM-1', UNDER_OBJECTION)).toMatchObject({ commitmentId: 'CM-1' });
  });
});

describe('eligibility with revoked and corrected commitments (A24, A6–A8, SH-SCR arts. 36–38)', () => {
  it('A24, SH-SCR art. 38: a revoked commitment no longer meets a rule that needs a commitment', () => {
    const state = stateOf(revokedCommitment);
    expect(eligibility(state, needs('construction permit'), LATER, OPTIONS)).toMatchObject({ eligible: false, missing: ['commitment'], held: { commitment: null } });
    expect(eligibility(state, needs('construction permit'), BEFORE_OBJECTION, OPTIONS)).toMatchObject({ eligible: true, held: { commitment: { commitmentId: 'CM-1' } } });
  });

  it('A24, SH-SCR art. 36: after the matter is corrected the commitment counts for the corrected matter, not the old one', () => {
    const state = stateOf(correctedCommitment);
    expect(eligibility(state, needs('demolition permit'), LATER, OPTIONS)).toMatchObject({ eligible: true, held: { commitment: { commitmentId: 'CM-1' } } });
    expect(eligibility(state, needs('construction permit'), LATER, OPTIONS)).toMatchObject({ eligible: false, missing: ['commitment'] });
    expect(eligibility(state, needs('construction permit'), UNDER_OBJECTION, OPTIONS)).toMatchObject({ eligible: true });
  });

  it('A24, SH-SCR arts. 36–38: a commitment under objection is held and shown as under objection', () => {
    const state = stateOf(correctedCommitment);
    expect(eligibility(state, needs('construction permit'), UNDER_OBJECTION, OPTIONS).held.commitment).toMatchObject({ commitmentId: 'CM-1', underObjection: true });
    expect(eligibility(state, needs('demolition permit'), LATER, OPTIONS).held.commitment).toMatchObject({ underObjection: false });
  });
});
