import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { IssueReviewReportRequest } from './issue-review-report.request.js';

export interface IssuedReviewReport {
  readonly reviewId: string;
  /** A14: last valid day, one year after issue. */
  readonly validThrough: string;
  /** A11: issued after the deadline (accepted, marked late). */
  readonly late: boolean;
  readonly result: AppendResult;
}

export class IssueReviewReportCommand extends ApiCommand<{ subjectId: string; reviewId: string }, IssueReviewReportRequest, IssuedReviewReport> {}

/** A10: only the center answers a review (the policy table); A14: the report is valid one year; A11: a late one is marked. */
@CommandHandler(IssueReviewReportCommand)
export class IssueReviewReportHandler implements ICommandHandler<IssueReviewReportCommand, IssuedReviewReport> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider) {}

  async execute({ path: { subjectId, reviewId }, request, actor, headers }: IssueReviewReportCommand): Promise<IssuedReviewReport> {
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({ type: 'IssueReviewReport', now, reviewId, conclusion: request.conclusion, findings: request.findings }),
    });
    const data = writtenData(result);
    return { reviewId, validThrough: String(data.validThrough), late: data.late === true, result };
  }
}
