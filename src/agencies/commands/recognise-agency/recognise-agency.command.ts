import { Command } from '@nestjs/cqrs';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { FiledAgency } from '../file-agency/file-agency.command.js';
import type { RecogniseAgencyRequest } from './recognise-agency.request.js';

export class RecogniseAgencyCommand extends Command<FiledAgency> {
  constructor(readonly request: RecogniseAgencyRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
