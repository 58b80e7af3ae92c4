import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { ReportUser } from '../../../../domain/subject/values.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { requireDepartment, requireActorKind } from '../../../use-case-support/actor-guards.js';
import { SubjectFacts } from '../../../use-case-support/facts/subject-facts.js';
import { shanghaiToday } from '../../../shared/shanghai-today.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import { RecordReportUseCommand, type RecordedReportUse } from './record-report-use.command.js';

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

  async execute({ subjectId, reportId, request, actor, headers }: RecordReportUseCommand): Promise<RecordedReportUse> {
    const usedBy = reportUser(actor);
    const reportKind = request.reportKind ?? 'credit-report';
    const loaded = await this.subjects.load(subjectId);
    const misconduct = await this.subjects.reportAgencyExitedForMisconduct(loaded.state, { kind: reportKind, reportId }, shanghaiToday(this.clock));
    const useId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), commandType: 'RecordReportUse', actor, headers, loaded,
      command: (now): SubjectCommand => ({
        type: 'RecordReportUse', now, useId, reportKind, reportId, usedBy, area: request.area, matter: request.matter, agencyExitedForMisconduct: misconduct,
      }),
    });
    const data = writtenData(result);
    return { useId: String(data.useId), agencyExitedForMisconduct: data.agencyExitedForMisconduct === true, result };
  }
}

/** A25: a department's use counts for the department it acts for; A18: a bank's for the bank. */
function reportUser(actor: ActingUser): ReportUser {
  requireActorKind(actor, ['department', 'bank'], ACTION);
  return actor.kind === 'bank' ? { kind: 'bank', id: actor.id } : { kind: 'department', id: requireDepartment(actor, ACTION) };
}
