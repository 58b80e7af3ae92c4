import { Module } from '@nestjs/common';
import { RegisterSubjectController } from './commands/register-subject/register-subject.controller.js';
import { LookupSubjectController } from './queries/lookup-subject/lookup-subject.controller.js';
import { FindSubjectsController } from './queries/find-subjects/find-subjects.controller.js';
import { OrganisationSearch } from './queries/find-subjects/organisation-search.js';
import { RegisterSubjectHandler } from './commands/register-subject/register-subject.handler.js';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';

@Module({
  imports: [UseCaseSupportModule],
  controllers: [LookupSubjectController, RegisterSubjectController, FindSubjectsController],
  providers: [RegisterSubjectHandler, OrganisationSearch],
})
export class SubjectsModule {}
