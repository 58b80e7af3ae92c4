import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';

/** Commitments: controllers and handlers of this capability. */
@Module({ imports: [SubjectsModule], controllers: [], providers: [] })
export class CommitmentsModule {}
