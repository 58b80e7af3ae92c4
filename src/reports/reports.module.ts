import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { FileCreditReportController } from './commands/file-credit-report/file-credit-report.controller.js';
import { FileCreditReportHandler } from './commands/file-credit-report/file-credit-report.handler.js';
import { RecordReportUseController } from './commands/record-report-use/record-report-use.controller.js';
import { RecordReportUseHandler } from './commands/record-report-use/record-report-use.handler.js';
import { EligibilityController } from './queries/eligibility/eligibility.controller.js';
import { EligibilityHandler } from './queries/eligibility/eligibility.handler.js';
import { RequirementLookup } from './queries/eligibility/requirement.js';

/** Credit reports (A15–A20, A26), their uses (A17, A19, A25) and the eligibility check (A12, A17, A24). */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [FileCreditReportController, RecordReportUseController, EligibilityController],
  providers: [RequirementLookup, FileCreditReportHandler, RecordReportUseHandler, EligibilityHandler],
})
export class ReportsModule {}
