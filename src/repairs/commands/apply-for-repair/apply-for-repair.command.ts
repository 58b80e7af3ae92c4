import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { ApplyForRepairRequest } from './apply-for-repair.request.js';

export interface AppliedForRepair {
  /** `<subjectId>.<uuidV7>`: addresses the repair at /repairs/{rpid}/decision. */
  readonly repairId: string;
  readonly repairCommitmentId: string;
  readonly result: AppendResult;
}

export class ApplyForRepairCommand extends Command<AppliedForRepair> {
  constructor(readonly subjectId: string, readonly request: ApplyForRepairRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
