import { Module } from '@nestjs/common';
import { DepartmentSuccessors } from '../commitments/support/department-successors.js';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { ApplyForRepairController } from './commands/apply-for-repair/apply-for-repair.controller.js';
import { ApplyForRepairHandler } from './commands/apply-for-repair/apply-for-repair.handler.js';
import { DecideRepairController } from './commands/decide-repair/decide-repair.controller.js';
import { DecideRepairHandler } from './commands/decide-repair/decide-repair.handler.js';

/** Credit repair (NDRC 令第36号): applied for by the subject, decided by the recording department. */
@Module({
  imports: [SubjectsModule],
  controllers: [ApplyForRepairController, DecideRepairController],
  providers: [DepartmentSuccessors, ApplyForRepairHandler, DecideRepairHandler],
})
export class RepairsModule {}
