import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { AmendReviewReportController } from './commands/amend-review-report/amend-review-report.controller.js';
import { AmendReviewReportHandler } from './commands/amend-review-report/amend-review-report.handler.js';
import { IssueReviewReportController } from './commands/issue-review-report/issue-review-report.controller.js';
import { IssueReviewReportHandler } from './commands/issue-review-report/issue-review-report.handler.js';
import { RequestReviewController } from './commands/request-review/request-review.controller.js';
import { RequestReviewHandler } from './commands/request-review/request-review.handler.js';

/** Reviews (A10–A14): requested by the subject or a participating department, answered and amended by the center. */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [RequestReviewController, IssueReviewReportController, AmendReviewReportController],
  providers: [RequestReviewHandler, IssueReviewReportHandler, AmendReviewReportHandler],
})
export class ReviewsModule {}
