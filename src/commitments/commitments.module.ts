import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { MakeCommitmentController } from './commands/make-commitment/make-commitment.controller.js';
import { MakeCommitmentHandler } from './commands/make-commitment/make-commitment.handler.js';
import { RecordCommitmentCheckController } from './commands/record-commitment-check/record-commitment-check.controller.js';
import { RecordCommitmentCheckHandler } from './commands/record-commitment-check/record-commitment-check.handler.js';
import { DepartmentSuccessors } from './support/department-successors.js';
import { MinorOnDecision } from './support/minor-on-decision.js';

/** Commitments (A6–A7) and their follow-up checks (A8–A9). */
@Module({
  imports: [SubjectsModule],
  controllers: [MakeCommitmentController, RecordCommitmentCheckController],
  providers: [DepartmentSuccessors, MinorOnDecision, MakeCommitmentHandler, RecordCommitmentCheckHandler],
})
export class CommitmentsModule {}
