import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { SubjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import type { DecideRepairRequest } from './decide-repair.request.js';

export class DecideRepairCommand extends Command<AppendResult> {
  constructor(readonly repair: SubjectScopedId, readonly request: DecideRepairRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
