import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { ReportUser } from '../../../../domain/subject/values.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { SubjectFacts } from '../../../use-case-support/facts/subject-facts.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import type { RecordReportUseRequest } from './record-report-use.request.js';

export interface RecordedReportUse {
  readonly useId: string;
  /** A26: the report's agency exited for misconduct (flagged; counted per configuration). */
  readonly agencyExitedForMisconduct: boolean;
  readonly result: AppendResult;
}

export class RecordReportUseCommand extends ApiCommand<{ subjectId: string; reportId: string }, RecordReportUseRequest, RecordedReportUse> {}

const ACTION = 'record a use of a report';

/**
 * A17/A12: a department or a bank uses a report for a matter; A19/A14: only while valid (reuse
 * within the year is the point); A25: the use counts for the acting department; A26: the agency's
 * misconduct exit is looked up on its stream and, per configuration, flags or refuses the use.
 */
@CommandHandler(RecordReportUseCommand)
export class RecordReportUseHandler implements ICommandHandler<RecordReportUseCommand, RecordedReportUse> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(SubjectFacts) private readonly subjects: SubjectFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId, reportId }, request, actor, headers }: RecordReportUseCommand): Promise<RecordedReportUse> {
    const usedBy = reportUser(actor);
    const reportKind = request.reportKind ?? 'credit-report';
    const useId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => ({
        type: 'RecordReportUse', now, useId, reportKind, reportId, usedBy, area: request.area, matter: request.matter,
        agencyExitedForMisconduct: await this.subjects.reportAgencyExitedForMisconduct(state, { kind: reportKind, reportId }, shanghaiDateOf(now)),
      }),
    });
    const data = writtenData(result);
    return { useId: String(data.useId), agencyExitedForMisconduct: data.agencyExitedForMisconduct === true, result };
  }
}

/** A25: a department's use counts for the department it acts for; A18: a bank's for the bank (no one else: the policy table). */
function reportUser(actor: ActingUser): ReportUser {
  return actor.kind === 'bank' ? { kind: 'bank', id: actor.id } : { kind: 'department', id: requireDepartment(actor, ACTION) };
}
