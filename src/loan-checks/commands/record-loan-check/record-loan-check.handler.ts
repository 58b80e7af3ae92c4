import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkUscc } from '../../../../domain/rules/identifiers/uscc.js';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { ReportRef } from '../../../../domain/subject/values.js';
import { ApiCommand, type NoPath } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { SubjectFacts } from '../../../use-case-support/facts/subject-facts.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { RecordLoanCheckRequest } from './record-loan-check.request.js';

export interface RecordedLoanCheck {
  readonly loanCheckId: string;
  readonly subjectId: string;
  /** A18: the amount reached the configured threshold, so a valid report was required. */
  readonly dualReportRequired: boolean;
  readonly thresholdFen: number;
  /** A26: the credit report relied on comes from an agency that exited for misconduct (flagged). */
  readonly agencyExitedForMisconduct: boolean;
  readonly result: AppendResult;
}

export class RecordLoanCheckCommand extends ApiCommand<NoPath, RecordLoanCheckRequest, RecordedLoanCheck> {}

/**
 * A18 dual report: the acting bank (banks only: the policy table) records that it checked the PBOC
 * system and, at or above the configured threshold (in the subject decider's policy), the valid
 * report it relied on. A26: the misconduct exit of that report's agency is looked up on the agency's stream.
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
    // A28: an 18-character id must be a real USCC (an identity number has the same shape and is never a subject id).
    const subjectId = request.subjectId.length === 18 ? checkUscc(request.subjectId, 'subjectId').code : request.subjectId;
    const reliesOn: ReportRef | null = request.reliesOn ? { kind: request.reliesOn.kind, reportId: request.reliesOn.reportId.toLowerCase() } : null;
    const loanCheckId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => ({
        type: 'RecordLoanCheck', now, loanCheckId, bankId: actor.id, amountFen: request.amountFen, pbocReferenceChecked: request.pbocReferenceChecked, reliesOn,
        agencyExitedForMisconduct: await this.subjects.reportAgencyExitedForMisconduct(state, reliesOn, shanghaiDateOf(now)),
      }),
    });
    const data = writtenData(result);
    return {
      loanCheckId: String(data.loanCheckId), subjectId, dualReportRequired: data.dualReportRequired === true, thresholdFen: Number(data.thresholdFen),
      agencyExitedForMisconduct: data.agencyExitedForMisconduct === true, result,
    };
  }
}
