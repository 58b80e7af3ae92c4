import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { MakeCommitmentController } from './commands/make-commitment/make-commitment.controller.js';
import { MakeCommitmentHandler } from './commands/make-commitment/make-commitment.handler.js';
import { RecordCommitmentCheckController } from './commands/record-commitment-check/record-commitment-check.controller.js';
import { RecordCommitmentCheckHandler } from './commands/record-commitment-check/record-commitment-check.handler.js';

/** Commitments (A6–A7) and their follow-up checks (A8–A9). */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [MakeCommitmentController, RecordCommitmentCheckController],
  providers: [MakeCommitmentHandler, RecordCommitmentCheckHandler],
})
export class CommitmentsModule {}
