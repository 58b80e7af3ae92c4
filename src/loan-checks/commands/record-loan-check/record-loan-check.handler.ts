import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkUscc } from '../../../../domain/rules/identifiers/uscc.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { ReportRef } from '../../../../domain/subject/values.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireActorKind } from '../../../use-case-support/actor-guards.js';
import { SubjectFacts } from '../../../use-case-support/facts/subject-facts.js';
import { shanghaiToday } from '../../../shared/shanghai-today.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { RecordLoanCheckCommand, type RecordedLoanCheck } from './record-loan-check.command.js';

/**
 * A18 dual report: the acting bank records that it checked the PBOC system and, at or above the
 * configured threshold (in the subject decider's policy), the valid report it relied on. A26: the
 * misconduct exit of that report's agency is looked up on the agency's stream.
 */
@CommandHandler(RecordLoanCheckCommand)
export class RecordLoanCheckHandler implements ICommandHandler<RecordLoanCheckCommand, RecordedLoanCheck> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(SubjectFacts) private readonly subjects: SubjectFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, actor, headers }: RecordLoanCheckCommand): Promise<RecordedLoanCheck> {
    requireActorKind(actor, ['bank'], 'record a loan check');
    // A28: an 18-character id must be a real USCC (an identity number has the same shape and is never a subject id).
    const subjectId = request.subjectId.length === 18 ? checkUscc(request.subjectId, 'subjectId').code : request.subjectId;
    const reliesOn: ReportRef | null = request.reliesOn ? { kind: request.reliesOn.kind, reportId: request.reliesOn.reportId.toLowerCase() } : null;
    const loaded = await this.subjects.load(subjectId);
    const misconduct = await this.subjects.reportAgencyExitedForMisconduct(loaded.state, reliesOn, shanghaiToday(this.clock));
    const loanCheckId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), commandType: 'RecordLoanCheck', actor, headers, loaded,
      command: (now): SubjectCommand => ({
        type: 'RecordLoanCheck', now, loanCheckId, bankId: actor.id, amountFen: request.amountFen,
        pbocReferenceChecked: request.pbocReferenceChecked, reliesOn, agencyExitedForMisconduct: misconduct,
      }),
    });
    const data = writtenData(result);
    return {
      loanCheckId: String(data.loanCheckId), subjectId, dualReportRequired: data.dualReportRequired === true, thresholdFen: Number(data.thresholdFen),
      agencyExitedForMisconduct: data.agencyExitedForMisconduct === true, result,
    };
  }
}
