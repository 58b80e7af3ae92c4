import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { requireActorKind, requireSubjectItself } from '../../../use-case-support/actor-guards.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { AmendReviewReportCommand, type AmendedReviewReport } from './amend-review-report.command.js';

const ACTION = 'amend a review report';

/** A14: after a material change the subject asks for an amendment, or the center makes one; only a valid report is amended. */
@CommandHandler(AmendReviewReportCommand)
export class AmendReviewReportHandler implements ICommandHandler<AmendReviewReportCommand, AmendedReviewReport> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider) {}

  async execute({ subjectId, reviewId, request, actor, headers }: AmendReviewReportCommand): Promise<AmendedReviewReport> {
    const requestedBy = amendingParty(subjectId, actor);
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), commandType: 'AmendReviewReport', actor, headers,
      command: (now): SubjectCommand => ({ type: 'AmendReviewReport', now, reviewId, conclusion: request.conclusion, findings: request.findings, reason: request.reason, requestedBy }),
    });
    return { reviewId, result };
  }
}

function amendingParty(subjectId: string, actor: ActingUser): 'subject' | 'center' {
  requireActorKind(actor, ['subject', 'center'], ACTION);
  if (actor.kind === 'center') return 'center';
  requireSubjectItself(actor, subjectId, ACTION);
  return 'subject';
}
