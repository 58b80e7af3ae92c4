import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireActorKind } from '../../../use-case-support/actor-guards.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { IssueReviewReportCommand, type IssuedReviewReport } from './issue-review-report.command.js';

/** A10: only the center answers a review; A14: the report is valid one year; A11: a late one is marked. */
@CommandHandler(IssueReviewReportCommand)
export class IssueReviewReportHandler implements ICommandHandler<IssueReviewReportCommand, IssuedReviewReport> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider) {}

  async execute({ subjectId, reviewId, request, actor, headers }: IssueReviewReportCommand): Promise<IssuedReviewReport> {
    requireActorKind(actor, ['center'], 'issue a review report');
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), commandType: 'IssueReviewReport', actor, headers,
      command: (now): SubjectCommand => ({ type: 'IssueReviewReport', now, reviewId, conclusion: request.conclusion, findings: request.findings }),
    });
    const data = writtenData(result);
    return { reviewId, validThrough: String(data.validThrough), late: data.late === true, result };
  }
}
