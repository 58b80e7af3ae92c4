import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { AmendReviewReportRequest } from './amend-review-report.request.js';

export interface AmendedReviewReport {
  readonly reviewId: string;
  readonly result: AppendResult;
}

export class AmendReviewReportCommand extends Command<AmendedReviewReport> {
  constructor(
    readonly subjectId: string,
    readonly reviewId: string,
    readonly request: AmendReviewReportRequest,
    readonly actor: ActingUser,
    readonly headers: CommandHeaders,
  ) {
    super();
  }
}
