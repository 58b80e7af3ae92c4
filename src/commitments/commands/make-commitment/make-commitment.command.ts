import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { MakeCommitmentRequest } from './make-commitment.request.js';

export interface MadeCommitment {
  readonly commitmentId: string;
  readonly result: AppendResult;
}

export class MakeCommitmentCommand extends Command<MadeCommitment> {
  constructor(readonly subjectId: string, readonly request: MakeCommitmentRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
