import { Module } from '@nestjs/common';
import { RegisterSubjectController } from './commands/register-subject/register-subject.controller.js';
import { LookupSubjectController } from './queries/lookup-subject/lookup-subject.controller.js';
import { RegisterSubjectHandler } from './commands/register-subject/register-subject.handler.js';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';

@Module({
  imports: [UseCaseSupportModule],
  controllers: [LookupSubjectController, RegisterSubjectController],
  providers: [RegisterSubjectHandler],
})
export class SubjectsModule {}
