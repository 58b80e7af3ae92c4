import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReviewRequestedBy, SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ReviewDepartmentRequiredError } from '../../../../domain/subject/errors.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { requireOwnDepartment } from '../../../use-case-support/actor-guards.js';
import { shanghaiToday } from '../../../shared/shanghai-today.js';
import { writtenData } from '../../../use-case-support/written-record.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { DepartmentFacts } from '../../../use-case-support/facts/department-facts.js';
import type { RequestReviewRequest } from './request-review.request.js';

export interface RequestedReview {
  readonly reviewId: string;
  /** A11: the end of the 5th working day after receipt, Asia/Shanghai. */
  readonly dueAt: string;
  readonly dueDate: string;
  /** The deadline fell in a year without a holiday table (docs/domain.md Time). */
  readonly provisional: boolean;
  readonly result: AppendResult;
}

export class RequestReviewCommand extends ApiCommand<{ subjectId: string }, RequestReviewRequest, RequestedReview> {}

const ACTION = 'request a credit review';

/**
 * A10: the subject itself or a department asks the center; A13: the department the review is
 * for must take part in reviews (looked up on its stream, never taken from the body); A11: the
 * answer carries the 5-working-day deadline.
 */
@CommandHandler(RequestReviewCommand)
export class RequestReviewHandler implements ICommandHandler<RequestReviewCommand, RequestedReview> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(DepartmentFacts) private readonly departments: DepartmentFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId }, request, actor, headers }: RequestReviewCommand): Promise<RequestedReview> {
    const requestedBy = await this.requester(request, actor, shanghaiToday(this.clock));
    const reviewId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({ type: 'RequestReview', now, reviewId, requestedBy, area: request.area, matter: request.matter }),
    });
    const data = writtenData(result);
    return { reviewId: String(data.reviewId), dueAt: String(data.dueAt), dueDate: String(data.dueDate), provisional: data.provisional === true, result };
  }

  /** The subject itself or a department: the policy table (src/auth/policy.ts, own-subject) lets no one else, nor another subject, through. */
  private async requester(request: RequestReviewRequest, actor: ActingUser, today: string): Promise<ReviewRequestedBy> {
    if (actor.kind === 'subject') {
      // A13: a subject names the participating department its review is for.
      if (request.forDepartmentId === undefined) throw new ReviewDepartmentRequiredError();
      const departmentId = request.forDepartmentId;
      return { kind: 'subject', forDepartment: { departmentId, departmentParticipates: await this.departments.namedParticipatesOn(departmentId, today) } };
    }
    const departmentId = requireOwnDepartment(actor, ACTION, 'forDepartmentId', request.forDepartmentId, 'A10');
    return { kind: 'department', departmentId, departmentParticipates: await this.departments.participatesOn(departmentId, today) };
  }
}
