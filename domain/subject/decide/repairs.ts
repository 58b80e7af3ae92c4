import { InvalidInputError } from '../../kernel/domain-error.js';
import { shanghaiDateOf } from '../../rules/time.js';
import type { ApplyForRepair, CommitmentTerms, DecideRepair } from '../commands.js';
import {
  BreachAlreadyRepairedError,
  BreachNotFoundError,
  BreachRevokedError,
  RepairAlreadyDecidedError,
  RepairAlreadyPendingError,
  RepairNotFoundError,
  RepairTooEarlyError,
  RepairWrongDepartmentError,
} from '../errors.js';
import type { CommitmentMade, RepairApplied, RepairDecided } from '../events.js';
import { get } from '../evolve/maps.js';
import { annotationsOf, breachAsOf } from '../queries.js';
import type { SubjectState } from '../state.js';
import { commitmentMade } from './commitments.js';
import { requireOneOf, requireText } from '../../rules/input-checks.js';
import { isDepartmentOrSuccessor, optionalText, requireNewId, requireNotBeforeRecord, requireObject } from './guards.js';

const SOURCE = 'NDRC 令第36号';

/**
 * Credit repair (NDRC 令第36号, docs/domain.md): after the class's minimum period, to the department
 * that recorded the breach, with proof of fulfilment and a repair commitment made in the same decision.
 */
export function applyForRepair(command: ApplyForRepair, state: SubjectState): readonly [CommitmentMade, RepairApplied] {
  const repairId = requireNewId(state.repairs, command.repairId, 'repair', 'repairId', SOURCE);
  const breachId = requireText('breachId', command.breachId, SOURCE);
  const recorded = get(state.breaches, breachId);
  if (recorded === undefined) throw new BreachNotFoundError(breachId);
  const breach = breachAsOf(state, recorded, command.now); // a corrected class or decision date moves the minimum period
  const { revokedAt } = annotationsOf(state, { kind: 'breach', id: breachId });
  if (revokedAt !== null) throw new BreachRevokedError(breachId, revokedAt);
  // An approval stands unless it was revoked after an objection; then the subject may apply again.
  const approvalRevoked = breach.repairedBy !== null && annotationsOf(state, { kind: 'repair-decision', id: breach.repairedBy }).revokedAt !== null;
  if (breach.repairedAt !== null && !approvalRevoked) throw new BreachAlreadyRepairedError(breachId, breach.repairedAt);
  if (breach.pendingRepairId !== null) throw new RepairAlreadyPendingError(breachId, breach.pendingRepairId);
  requireNotBeforeRecord('ApplyForRepair', `breach ${breachId}`, breach.recordedAt, command.now, SOURCE);
  if (shanghaiDateOf(command.now) < breach.repairPossibleFrom) throw new RepairTooEarlyError(breachId, breach.repairPossibleFrom);
  const proofOfFulfilment = requireText('proofOfFulfilment', command.proofOfFulfilment, SOURCE);
  const commitment = commitmentMade(state, command.repairCommitmentId, 'repair', breach.departmentId, requireTerms(command.repairCommitment), command.now, 'repairCommitmentId');
  return [
    commitment,
    {
      type: 'RepairApplied',
      data: { repairId, breachId, departmentId: breach.departmentId, proofOfFulfilment, repairCommitmentId: commitment.data.commitmentId, appliedAt: command.now },
    },
  ];
}

function requireTerms(terms: CommitmentTerms | undefined): CommitmentTerms {
  if (terms === undefined || terms === null) {
    throw new InvalidInputError('repairCommitment', 'REQUIRED', 'a repair application carries a repair commitment', {}, SOURCE);
  }
  return requireObject('repairCommitment', terms, SOURCE);
}

/**
 * Whoever designates, repairs: only the recording department decides, or its successor after a
 * merger or renaming (docs/domain.md: pending matters follow the successor); a refusal gives reasons.
 */
export function decideRepair(command: DecideRepair, state: SubjectState): readonly [RepairDecided] {
  const repairId = requireText('repairId', command.repairId, SOURCE);
  const repair = get(state.repairs, repairId);
  if (repair === undefined) throw new RepairNotFoundError(repairId);
  if (repair.decision !== null) throw new RepairAlreadyDecidedError(repair.repairId, repair.decision.outcome);
  requireNotBeforeRecord('DecideRepair', `repair application ${repair.repairId}`, repair.appliedAt, command.now, SOURCE);
  const departmentId = requireText('departmentId', command.departmentId, SOURCE);
  if (!isDepartmentOrSuccessor(repair.departmentId, departmentId, command.recordingDepartmentSuccessors)) {
    throw new RepairWrongDepartmentError(repair.repairId, repair.departmentId, departmentId);
  }
  const outcome = requireOneOf('outcome', command.outcome, ['approved', 'refused'] as const, SOURCE);
  const reasons = outcome === 'refused' ? requireText('reasons', command.reasons, SOURCE) : optionalText('reasons', command.reasons, SOURCE);
  return [{
    type: 'RepairDecided',
    data: { repairId: repair.repairId, breachId: repair.breachId, departmentId, outcome, reasons, decidedAt: command.now },
  }];
}
