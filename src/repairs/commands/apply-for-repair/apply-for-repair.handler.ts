import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { writtenId } from '../../../use-case-support/written-record.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { subjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { ApplyForRepairRequest } from './apply-for-repair.request.js';

export interface AppliedForRepair {
  /** `<subjectId>.<uuidV7>`: addresses the repair at /repairs/{rpid}/decision. */
  readonly repairId: string;
  readonly repairCommitmentId: string;
  readonly result: AppendResult;
}

export class ApplyForRepairCommand extends ApiCommand<{ subjectId: string }, ApplyForRepairRequest, AppliedForRepair> {}

/** NDRC 令第36号: the subject applies, after the class's minimum period, with proof and a repair commitment. */
@CommandHandler(ApplyForRepairCommand)
export class ApplyForRepairHandler implements ICommandHandler<ApplyForRepairCommand, AppliedForRepair> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId }, request, actor, headers }: ApplyForRepairCommand): Promise<AppliedForRepair> {
    const repairId = subjectScopedId(subjectId, uuidV7(this.clock.nowMs()));
    const repairCommitmentId = uuidV7(this.clock.nowMs());
    const terms = request.repairCommitment;
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({
        type: 'ApplyForRepair', now, repairId, breachId: request.breachId, proofOfFulfilment: request.proofOfFulfilment, repairCommitmentId,
        repairCommitment: { matter: terms.matter, pledges: { ...terms.pledges }, consentToPublication: terms.consentToPublication, followUpCheckOn: terms.followUpCheckOn ?? null },
      }),
    });
    return {
      repairId: writtenId(result, 'RepairApplied', 'repairId', repairId),
      repairCommitmentId: writtenId(result, 'RepairApplied', 'repairCommitmentId', repairCommitmentId),
      result,
    };
  }
}
