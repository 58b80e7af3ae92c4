import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { SubjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import type { ForwardObjectionRequest } from './forward-objection.request.js';

export class ForwardObjectionCommand extends Command<AppendResult> {
  constructor(readonly objection: SubjectScopedId, readonly request: ForwardObjectionRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
