import { Module } from '@nestjs/common';
import { MinorOnDecision } from '../commitments/support/minor-on-decision.js';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { RecordBreachController } from './commands/record-breach/record-breach.controller.js';
import { RecordBreachHandler } from './commands/record-breach/record-breach.handler.js';

/** Breaches: breach information recorded by the deciding department (A9). */
@Module({ imports: [SubjectsModule], controllers: [RecordBreachController], providers: [MinorOnDecision, RecordBreachHandler] })
export class BreachesModule {}
