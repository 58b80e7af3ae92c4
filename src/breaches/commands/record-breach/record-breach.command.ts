import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RecordBreachRequest } from './record-breach.request.js';

export interface RecordedBreach {
  readonly breachId: string;
  readonly result: AppendResult;
}

export class RecordBreachCommand extends Command<RecordedBreach> {
  constructor(readonly subjectId: string, readonly request: RecordBreachRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
