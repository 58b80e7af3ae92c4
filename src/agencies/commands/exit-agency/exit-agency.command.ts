import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { ExitAgencyRequest } from './exit-agency.request.js';

export class ExitAgencyCommand extends Command<AppendResult> {
  constructor(readonly agencyId: string, readonly request: ExitAgencyRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
