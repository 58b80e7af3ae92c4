import { Module } from '@nestjs/common';
import { CommandsModule } from '../commands/commands.module.js';
import { RegisterSubjectController } from './commands/register-subject/register-subject.controller.js';
import { LookupSubjectController } from './queries/lookup-subject/lookup-subject.controller.js';
import { RegisterSubjectHandler } from './commands/register-subject/register-subject.handler.js';
import { subjectDeciderProvider, SUBJECT_DECIDER } from './subject-decider.provider.js';

@Module({
  imports: [CommandsModule],
  controllers: [LookupSubjectController, RegisterSubjectController],
  providers: [subjectDeciderProvider, RegisterSubjectHandler],
  exports: [SUBJECT_DECIDER, CommandsModule],
})
export class SubjectsModule {}
