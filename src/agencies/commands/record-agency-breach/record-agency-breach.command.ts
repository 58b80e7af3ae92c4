import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RecordAgencyBreachRequest } from './record-agency-breach.request.js';

export interface RecordedAgencyBreach {
  readonly breachId: string;
  readonly result: AppendResult;
}

export class RecordAgencyBreachCommand extends Command<RecordedAgencyBreach> {
  constructor(readonly agencyId: string, readonly request: RecordAgencyBreachRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
