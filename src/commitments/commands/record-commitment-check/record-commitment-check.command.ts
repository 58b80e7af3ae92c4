import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RecordCommitmentCheckRequest } from './record-commitment-check.request.js';

export interface RecordedCommitmentCheck {
  /** The breach recorded with a breached check (A9); null when kept. */
  readonly breachId: string | null;
  readonly result: AppendResult;
}

export class RecordCommitmentCheckCommand extends Command<RecordedCommitmentCheck> {
  constructor(
    readonly subjectId: string,
    readonly commitmentId: string,
    readonly request: RecordCommitmentCheckRequest,
    readonly actor: ActingUser,
    readonly headers: CommandHeaders,
  ) {
    super();
  }
}
