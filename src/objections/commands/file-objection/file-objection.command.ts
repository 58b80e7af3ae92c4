import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { FileObjectionRequest } from './file-objection.request.js';

export interface FiledObjection {
  /** `<subjectId>.<uuidV7>`: addresses the objection at /objections/{oid}/… */
  readonly objectionId: string;
  readonly result: AppendResult;
}

export class FileObjectionCommand extends Command<FiledObjection> {
  constructor(readonly subjectId: string, readonly request: FileObjectionRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
