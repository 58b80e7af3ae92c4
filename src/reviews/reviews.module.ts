import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';

/** Reviews: controllers and handlers of this capability. */
@Module({ imports: [SubjectsModule], controllers: [], providers: [] })
export class ReviewsModule {}
