import { Module } from '@nestjs/common';
import { AggregateLoader } from '../commands/aggregate-loader.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { RegisterSubjectController } from './commands/register-subject/register-subject.controller.js';
import { LookupSubjectController } from './queries/lookup-subject/lookup-subject.controller.js';
import { RegisterSubjectHandler } from './commands/register-subject/register-subject.handler.js';
import { subjectDeciderProvider, SUBJECT_DECIDER } from './subject-decider.provider.js';

@Module({
  controllers: [LookupSubjectController, RegisterSubjectController],
  providers: [subjectDeciderProvider, CommandExecutor, AggregateLoader, RegisterSubjectHandler],
  exports: [SUBJECT_DECIDER, CommandExecutor, AggregateLoader],
})
export class SubjectsModule {}
