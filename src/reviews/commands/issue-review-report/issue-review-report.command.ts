import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { IssueReviewReportRequest } from './issue-review-report.request.js';

export interface IssuedReviewReport {
  readonly reviewId: string;
  /** A14: last valid day, one year after issue. */
  readonly validThrough: string;
  /** A11: issued after the deadline (accepted, marked late). */
  readonly late: boolean;
  readonly result: AppendResult;
}

export class IssueReviewReportCommand extends Command<IssuedReviewReport> {
  constructor(
    readonly subjectId: string,
    readonly reviewId: string,
    readonly request: IssueReviewReportRequest,
    readonly actor: ActingUser,
    readonly headers: CommandHeaders,
  ) {
    super();
  }
}
