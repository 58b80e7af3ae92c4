import { Module } from '@nestjs/common';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { FileCreditReportController } from './commands/file-credit-report/file-credit-report.controller.js';
import { FileCreditReportHandler } from './commands/file-credit-report/file-credit-report.handler.js';
import { RecordReportUseController } from './commands/record-report-use/record-report-use.controller.js';
import { RecordReportUseHandler } from './commands/record-report-use/record-report-use.handler.js';
import { AgencyFacts } from './facts/agency-facts.js';
import { SubjectFacts } from './facts/subject-facts.js';
import { EligibilityController } from './queries/eligibility/eligibility.controller.js';
import { EligibilityHandler } from './queries/eligibility/eligibility.handler.js';
import { RequirementLookup } from './queries/eligibility/requirement.js';

/** Credit reports (A15–A20, A26), their uses (A17, A19, A25) and the eligibility check (A12, A17, A24). */
@Module({
  imports: [SubjectsModule, ReviewsModule],
  controllers: [FileCreditReportController, RecordReportUseController, EligibilityController],
  providers: [AgencyFacts, SubjectFacts, RequirementLookup, FileCreditReportHandler, RecordReportUseHandler, EligibilityHandler],
  exports: [AgencyFacts, SubjectFacts],
})
export class ReportsModule {}
