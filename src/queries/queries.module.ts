import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { DeadlinesController } from './deadlines.controller.js';
import { DisclosuresController } from './disclosures.controller.js';
import { DisputesController } from './disputes.controller.js';
import { ListReader } from './list-reader.js';
import { SubjectRecords } from './subject-records.js';
import { SubjectRecordsController } from './subject-records.controller.js';
import { SubjectStatusController } from './subject-status.controller.js';
import { SubjectStatusReader } from './subject-status.reader.js';

/** Queries answered from the projections' views (and, for case files, the log). */
@Module({
  imports: [SubjectsModule],
  controllers: [SubjectStatusController, SubjectRecordsController, DeadlinesController, DisclosuresController, DisputesController],
  providers: [ListReader, SubjectRecords, SubjectStatusReader],
})
export class QueriesModule {}
