import { Module } from '@nestjs/common';
import { DepartmentSuccessors } from '../commitments/support/department-successors.js';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { DecideObjectionController } from './commands/decide-objection/decide-objection.controller.js';
import { DecideObjectionHandler } from './commands/decide-objection/decide-objection.handler.js';
import { FileObjectionController } from './commands/file-objection/file-objection.controller.js';
import { FileObjectionHandler } from './commands/file-objection/file-objection.handler.js';
import { ForwardObjectionController } from './commands/forward-objection/forward-objection.controller.js';
import { ForwardObjectionHandler } from './commands/forward-objection/forward-objection.handler.js';

/** Objections (SH-SCR arts. 36–38): filed by the subject, forwarded by the center, decided by the center or the department. */
@Module({
  imports: [SubjectsModule],
  controllers: [FileObjectionController, ForwardObjectionController, DecideObjectionController],
  providers: [DepartmentSuccessors, FileObjectionHandler, ForwardObjectionHandler, DecideObjectionHandler],
})
export class ObjectionsModule {}
