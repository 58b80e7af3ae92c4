import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { ApplyForRepairController } from './commands/apply-for-repair/apply-for-repair.controller.js';
import { ApplyForRepairHandler } from './commands/apply-for-repair/apply-for-repair.handler.js';
import { DecideRepairController } from './commands/decide-repair/decide-repair.controller.js';
import { DecideRepairHandler } from './commands/decide-repair/decide-repair.handler.js';

/** Credit repair (NDRC 令第36号): applied for by the subject, decided by the recording department. */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [ApplyForRepairController, DecideRepairController],
  providers: [ApplyForRepairHandler, DecideRepairHandler],
})
export class RepairsModule {}
