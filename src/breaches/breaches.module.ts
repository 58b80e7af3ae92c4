import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { RecordBreachController } from './commands/record-breach/record-breach.controller.js';
import { RecordBreachHandler } from './commands/record-breach/record-breach.handler.js';

/** Breaches: breach information recorded by the deciding department (A9). */
@Module({ imports: [UseCaseSupportModule], controllers: [RecordBreachController], providers: [RecordBreachHandler] })
export class BreachesModule {}
