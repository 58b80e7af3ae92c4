import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { SuspendAgencyRequest } from './suspend-agency.request.js';

export class SuspendAgencyCommand extends Command<AppendResult> {
  constructor(readonly agencyId: string, readonly request: SuspendAgencyRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
