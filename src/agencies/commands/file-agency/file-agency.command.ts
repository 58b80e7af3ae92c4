import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { FileAgencyRequest } from './file-agency.request.js';

export interface FiledAgency {
  readonly agencyId: string;
  readonly result: AppendResult;
}

export class FileAgencyCommand extends Command<FiledAgency> {
  constructor(readonly request: FileAgencyRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
