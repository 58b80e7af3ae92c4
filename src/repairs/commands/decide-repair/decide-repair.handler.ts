import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { DepartmentSuccessors } from '../../../use-case-support/facts/department-successors.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { SubjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { DecideRepairRequest } from './decide-repair.request.js';

export class DecideRepairCommand extends ApiCommand<{ repair: SubjectScopedId }, DecideRepairRequest, AppendResult> {}

/**
 * NDRC 令第36号, "whoever designates, repairs": the department that recorded the breach decides,
 * or its successor after a merger or renaming (docs/domain.md) — the successors are looked up here.
 */
@CommandHandler(DecideRepairCommand)
export class DecideRepairHandler implements ICommandHandler<DecideRepairCommand, AppendResult> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(DepartmentSuccessors) private readonly successors: DepartmentSuccessors,
  ) {}

  async execute({ path: { repair }, request, actor, headers }: DecideRepairCommand): Promise<AppendResult> {
    const departmentId = requireDepartment(actor, 'DecideRepair');
    return this.commands.run({
      decider: this.decider, stream: subjectStreamName(repair.subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => {
        const recorder = state.repairs[repair.id]?.departmentId;
        // An unknown repair is refused by the decider (REPAIR_NOT_FOUND, 404).
        const recordingDepartmentSuccessors = recorder === undefined ? [] : await this.successors.of(recorder, shanghaiDateOf(now));
        return {
          type: 'DecideRepair', now, repairId: repair.id, departmentId, outcome: request.outcome, recordingDepartmentSuccessors,
          ...(request.reasons !== undefined ? { reasons: request.reasons } : {}),
        };
      },
    });
  }
}
