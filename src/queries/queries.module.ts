import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { DeadlinesController } from './deadlines.controller.js';
import { DisclosuresController } from './disclosures.controller.js';
import { DisputesController } from './disputes.controller.js';
import { SubjectRecords } from './subject-records.js';
import { SubjectRecordsController } from './subject-records.controller.js';
import { SubjectStatusController } from './subject-status.controller.js';
import { SubjectStatusReader } from './subject-status.reader.js';

/** Queries answered from the projections' views (and, for case files, the log). */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [SubjectStatusController, SubjectRecordsController, DeadlinesController, DisclosuresController, DisputesController],
  providers: [SubjectRecords, SubjectStatusReader],
})
export class QueriesModule {}
