import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
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

export class RequestReviewCommand extends Command<RequestedReview> {
  constructor(readonly subjectId: string, readonly request: RequestReviewRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
