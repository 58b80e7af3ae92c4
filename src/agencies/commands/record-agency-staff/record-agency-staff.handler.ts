import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { requireFiledAgency } from '../../filed-agency.js';
import type { RecordAgencyStaffRequest } from './record-agency-staff.request.js';

export class RecordAgencyStaffCommand extends ApiCommand<{ agencyId: string }, RecordAgencyStaffRequest, AppendResult> {}

/** A26: the staff whose credit records the credit office keeps; a breach by staff hangs on a membership. */
@CommandHandler(RecordAgencyStaffCommand)
export class RecordAgencyStaffHandler implements ICommandHandler<RecordAgencyStaffCommand, AppendResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor) {}

  async execute({ path: { agencyId }, request, actor, headers }: RecordAgencyStaffCommand): Promise<AppendResult> {
    return this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), actor, headers,
      build: (state, now): AgencyCommand => {
        requireFiledAgency(state, agencyId);
        return { type: 'RecordAgencyStaff', now, agencyId, staffId: request.staffId, role: request.role, change: request.change, on: request.on };
      },
    });
  }
}
