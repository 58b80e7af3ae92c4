import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RegisterSubjectRequest } from './register-subject.request.js';

export interface RegisteredSubject {
  readonly subjectId: string;
  readonly result: AppendResult;
}

export class RegisterSubjectCommand extends Command<RegisteredSubject> {
  constructor(readonly request: RegisterSubjectRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
