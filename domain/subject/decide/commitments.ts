import { InvalidInputError } from '../../kernel/domain-error.js';
import { shanghaiDateOf } from '../../rules/time.js';
import type { CommitmentTerms, MakeCommitment, RecordCommitmentCheck } from '../commands.js';
import {
  CommitmentAlreadyCheckedError,
  CommitmentNotFoundError,
  CommitmentPledgesIncompleteError,
  CommitmentRevokedError,
  CommitmentWrongDepartmentError,
} from '../errors.js';
import type { BreachRecorded, CommitmentMade, SubjectEvent } from '../events.js';
import { get } from '../evolve/maps.js';
import { annotationsOf, commitmentCheckAsOf } from '../queries.js';
import type { CommitmentRecord, SubjectState } from '../state.js';
import { COMMITMENT_KINDS, PLEDGE_NAMES, type CommitmentKind, type Pledges } from '../values.js';
import { breachEvents } from './breaches.js';
import { requireDate, requireOneOf, requireText } from '../../rules/input-checks.js';
import { isDepartmentOrSuccessor, requireBoolean, requireNewId, requireNotBeforeRecord, requireObject, requirePastDate } from './guards.js';

export const CHECK_OUTCOMES = ['kept', 'breached'] as const;

/** A6–A8. */
export function makeCommitment(command: MakeCommitment, state: SubjectState): readonly SubjectEvent[] {
  const kind = requireOneOf('kind', command.kind, COMMITMENT_KINDS, '国办发〔2019〕35号');
  return [commitmentMade(state, command.commitmentId, kind, command.departmentId, command, command.now, 'commitmentId')];
}

/** A commitment letter, checked: every pledge given (A6 a–c, A8). Also used for repair commitments. */
export function commitmentMade(
  state: SubjectState,
  commitmentId: string,
  kind: CommitmentKind,
  departmentId: string,
  terms: CommitmentTerms,
  now: string,
  idField: string,
): CommitmentMade {
  const id = requireNewId(state.commitments, commitmentId, 'commitment', idField, 'A6');
  const pledges: Partial<Pledges> = requireObject('pledges', terms.pledges, 'A6');
  const missing = PLEDGE_NAMES.filter((name) => pledges[name] !== true);
  if (missing.length > 0) throw new CommitmentPledgesIncompleteError(missing);
  const followUpCheckOn = terms.followUpCheckOn ?? null;
  if (followUpCheckOn !== null && requireDate('followUpCheckOn', followUpCheckOn, 'A8') < shanghaiDateOf(now)) {
    throw new InvalidInputError('followUpCheckOn', 'DATE_NOT_IN_PAST', `a follow-up check on ${followUpCheckOn} would precede the commitment`, {}, 'A8');
  }
  return {
    type: 'CommitmentMade',
    data: {
      commitmentId: id,
      kind,
      matter: requireText('matter', terms.matter, 'A6'),
      departmentId: requireText('departmentId', departmentId, 'A6'),
      pledges: { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true, compliesWithLaw: true },
      consentToPublication: requireBoolean('consentToPublication', terms.consentToPublication, '国办发〔2019〕35号'),
      followUpCheckOn,
      madeAt: now,
    },
  };
}

/**
 * A8–A9: the department holding the commitment (A8 "the competent department's supervision", or
 * its successor) checks it once; a breach found by the check is recorded in the same decision.
 * A revoked commitment is not checked; a revoked check counts as none (SH-SCR art. 38).
 */
export function recordCommitmentCheck(command: RecordCommitmentCheck, state: SubjectState): readonly SubjectEvent[] {
  const { now } = command;
  const commitmentId = requireText('commitmentId', command.commitmentId, 'A8');
  const commitment = get(state.commitments, commitmentId);
  if (commitment === undefined) throw new CommitmentNotFoundError(commitmentId);
  const revokedAt = annotationsOf(state, { kind: 'commitment', id: commitmentId }).revokedAt;
  if (revokedAt !== null) throw new CommitmentRevokedError(commitmentId, revokedAt);
  requireNoCheckInForce(state, commitment, now);
  requireNotBeforeRecord('RecordCommitmentCheck', `commitment ${commitmentId}`, commitment.madeAt, now, 'A8');
  const departmentId = requireText('departmentId', command.departmentId, 'A8');
  if (!isDepartmentOrSuccessor(commitment.departmentId, departmentId, command.holdingDepartmentSuccessors)) {
    throw new CommitmentWrongDepartmentError(commitmentId, commitment.departmentId, departmentId);
  }
  const outcome = requireOneOf('outcome', command.outcome, CHECK_OUTCOMES, 'A8');
  const checkedOn = requirePastDate('checkedOn', command.checkedOn, now, 'A8');
  const madeOn = shanghaiDateOf(commitment.madeAt);
  if (checkedOn < madeOn) {
    throw new InvalidInputError('checkedOn', 'DATE_BEFORE_RECORD', `a check on ${checkedOn} would precede the commitment made on ${madeOn}`, { madeOn }, 'A8');
  }
  // A null breach is read as none given; anything else must be breach facts.
  const given = command.breach ?? null;
  if (outcome === 'kept' && given !== null) {
    throw new InvalidInputError('breach', 'BREACH_ONLY_WHEN_BREACHED', 'a kept commitment carries no breach', {}, 'A8');
  }
  if (outcome === 'breached' && given === null) {
    throw new InvalidInputError('breach', 'BREACH_DETAILS_REQUIRED', 'a breached commitment must be recorded as breach information', {}, 'A9');
  }
  const breach = given === null ? [] : breachEvents(state, requireObject('breach', given, 'A9'), departmentId, commitmentId, now);
  const breachId = breach.find((e): e is BreachRecorded => e.type === 'BreachRecorded')?.data.breachId ?? null;
  return [
    { type: 'CommitmentCheckRecorded', data: { commitmentId, outcome, checkedOn, departmentId, breachId, recordedAt: now } },
    ...breach,
  ];
}

/** A8, SH-SCR art. 38: one check in force; after its revocation (never before it) a new one may be recorded. */
function requireNoCheckInForce(state: SubjectState, commitment: CommitmentRecord, now: string): void {
  const { check, commitmentId } = commitment;
  if (check === null) return;
  const checkRevokedAt = annotationsOf(state, { kind: 'commitment-check', id: commitmentId }).revokedAt;
  if (checkRevokedAt === null) {
    throw new CommitmentAlreadyCheckedError(commitmentId, commitmentCheckAsOf(state, commitment, now)?.outcome ?? check.outcome);
  }
  requireNotBeforeRecord('RecordCommitmentCheck', `the revocation of the check of commitment ${commitmentId}`, checkRevokedAt, now, 'A8');
}
