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
import { annotationsOf } from '../queries.js';
import type { SubjectState } from '../state.js';
import { commitmentMade } from './commitments.js';
import { optionalText, requireNewId, requireOneOf, requireText } from './guards.js';

/**
 * Credit repair (NDRC 令第36号, rules.md): after the class's minimum period, to the department
 * that recorded the breach, with proof of fulfilment and a repair commitment made in the same decision.
 */
export function applyForRepair(command: ApplyForRepair, state: SubjectState): readonly [CommitmentMade, RepairApplied] {
  const repairId = requireNewId(state.repairs, command.repairId, 'repair', 'repairId');
  const breachId = requireText('breachId', command.breachId);
  const breach = get(state.breaches, breachId);
  if (breach === undefined) throw new BreachNotFoundError(breachId);
  const { revokedAt } = annotationsOf(state, { kind: 'breach', id: breachId });
  if (revokedAt !== null) throw new BreachRevokedError(breachId, revokedAt);
  if (breach.repairedAt !== null) throw new BreachAlreadyRepairedError(breachId, breach.repairedAt);
  if (breach.pendingRepairId !== null) throw new RepairAlreadyPendingError(breachId, breach.pendingRepairId);
  if (shanghaiDateOf(command.now) < breach.repairPossibleFrom) throw new RepairTooEarlyError(breachId, breach.repairPossibleFrom);
  const proofOfFulfilment = requireText('proofOfFulfilment', command.proofOfFulfilment);
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
    throw new InvalidInputError('repairCommitment', 'REQUIRED', 'a repair application carries a repair commitment (令第36号)');
  }
  return terms;
}

/** Whoever designates, repairs: only the recording department decides; a refusal gives reasons. */
export function decideRepair(command: DecideRepair, state: SubjectState): readonly [RepairDecided] {
  const repair = get(state.repairs, command.repairId);
  if (repair === undefined) throw new RepairNotFoundError(command.repairId);
  if (repair.decision !== null) throw new RepairAlreadyDecidedError(repair.repairId, repair.decision.outcome);
  if (command.departmentId !== repair.departmentId) throw new RepairWrongDepartmentError(repair.repairId, repair.departmentId, String(command.departmentId));
  const outcome = requireOneOf('outcome', command.outcome, ['approved', 'refused'] as const);
  const reasons = outcome === 'refused' ? requireText('reasons', command.reasons) : optionalText('reasons', command.reasons);
  return [{
    type: 'RepairDecided',
    data: { repairId: repair.repairId, breachId: repair.breachId, departmentId: repair.departmentId, outcome, reasons, decidedAt: command.now },
  }];
}
