import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { AmendReviewReportRequest } from './amend-review-report.request.js';

export interface AmendedReviewReport {
  readonly reviewId: string;
  readonly result: AppendResult;
}

export class AmendReviewReportCommand extends ApiCommand<{ subjectId: string; reviewId: string }, AmendReviewReportRequest, AmendedReviewReport> {}

/** A14: after a material change the subject asks for an amendment, or the center makes one; only a valid report is amended. */
@CommandHandler(AmendReviewReportCommand)
export class AmendReviewReportHandler implements ICommandHandler<AmendReviewReportCommand, AmendedReviewReport> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider) {}

  async execute({ path: { subjectId, reviewId }, request, actor, headers }: AmendReviewReportCommand): Promise<AmendedReviewReport> {
    const requestedBy = amendingParty(actor);
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({ type: 'AmendReviewReport', now, reviewId, conclusion: request.conclusion, findings: request.findings, reason: request.reason, requestedBy }),
    });
    return { reviewId, result };
  }
}

/** The center, or the subject itself: the policy table (own-subject) lets no one else reach this route. */
function amendingParty(actor: ActingUser): 'subject' | 'center' {
  return actor.kind === 'center' ? 'center' : 'subject';
}
