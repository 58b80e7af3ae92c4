import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { DepartmentSuccessors } from '../../../use-case-support/facts/department-successors.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, shanghaiIso, type Clock } from '../../../shared/clock.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { DecideRepairCommand } from './decide-repair.command.js';

/**
 * NDRC 令第36号, "whoever designates, repairs": the department that recorded the breach decides,
 * or its successor after a merger or renaming (docs/domain.md) — the successors are looked up here.
 */
@CommandHandler(DecideRepairCommand)
export class DecideRepairHandler implements ICommandHandler<DecideRepairCommand, AppendResult> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(AggregateLoader) private readonly loader: AggregateLoader,
    @Inject(DepartmentSuccessors) private readonly successors: DepartmentSuccessors,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ repair, request, actor, headers }: DecideRepairCommand): Promise<AppendResult> {
    const departmentId = requireDepartment(actor, 'DecideRepair');
    const stream = subjectStreamName(repair.subjectId);
    const loaded = await this.loader.load(this.decider, stream);
    const recorder = loaded.state.repairs[repair.id]?.departmentId;
    // An unknown repair is refused by the decider (REPAIR_NOT_FOUND, 404).
    const recordingDepartmentSuccessors = recorder === undefined ? [] : await this.successors.of(recorder, shanghaiDateOf(shanghaiIso(this.clock.nowMs())));
    return this.commands.run({
      decider: this.decider, stream, commandType: 'DecideRepair', actor, headers, loaded,
      command: (now): SubjectCommand => ({
        type: 'DecideRepair', now, repairId: repair.id, departmentId, outcome: request.outcome, recordingDepartmentSuccessors,
        ...(request.reasons !== undefined ? { reasons: request.reasons } : {}),
      }),
    });
  }
}
