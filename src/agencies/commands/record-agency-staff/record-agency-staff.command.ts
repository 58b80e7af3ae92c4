import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { RecordAgencyStaffRequest } from './record-agency-staff.request.js';

export class RecordAgencyStaffCommand extends Command<AppendResult> {
  constructor(readonly agencyId: string, readonly request: RecordAgencyStaffRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
