import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { DecideObjectionController } from './commands/decide-objection/decide-objection.controller.js';
import { DecideObjectionHandler } from './commands/decide-objection/decide-objection.handler.js';
import { FileObjectionController } from './commands/file-objection/file-objection.controller.js';
import { FileObjectionHandler } from './commands/file-objection/file-objection.handler.js';
import { ForwardObjectionController } from './commands/forward-objection/forward-objection.controller.js';
import { ForwardObjectionHandler } from './commands/forward-objection/forward-objection.handler.js';

/** Objections (SH-SCR arts. 36–38): filed by the subject, forwarded by the center, decided by the center or the department. */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [FileObjectionController, ForwardObjectionController, DecideObjectionController],
  providers: [FileObjectionHandler, ForwardObjectionHandler, DecideObjectionHandler],
})
export class ObjectionsModule {}
