import { Module } from '@nestjs/common';
import { CommandsModule } from '../commands/commands.module.js';
import { AgencyFacts } from './facts/agency-facts.js';
import { DepartmentFacts } from './facts/department-facts.js';
import { DepartmentSuccessors } from './facts/department-successors.js';
import { MinorOnDecision } from './facts/minor-on-decision.js';
import { SubjectFacts } from './facts/subject-facts.js';
import { ListReader } from './lists/list-reader.js';
import { SUBJECT_DECIDER, subjectDeciderProvider } from './subject-decider.provider.js';

const SHARED = [AgencyFacts, DepartmentFacts, DepartmentSuccessors, MinorOnDecision, SubjectFacts, ListReader];

/**
 * What the feature modules share, provided once: the subject decider, the fact lookups over other
 * streams, the list reader, and the command path. A feature module imports this, never another feature.
 */
@Module({
  imports: [CommandsModule],
  providers: [subjectDeciderProvider, ...SHARED],
  exports: [SUBJECT_DECIDER, ...SHARED, CommandsModule],
})
export class UseCaseSupportModule {}
