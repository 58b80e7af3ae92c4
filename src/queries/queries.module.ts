import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { DeadlinesController } from './deadlines.controller.js';
import { DisclosuresController } from './disclosures.controller.js';
import { DisputesController } from './disputes.controller.js';
import { SubjectStatusController } from './subject-status.controller.js';

/** Queries answered from the projections' views (and, for case files, the log). */
@Module({ imports: [SubjectsModule], controllers: [SubjectStatusController, DeadlinesController, DisclosuresController, DisputesController] })
export class QueriesModule {}
