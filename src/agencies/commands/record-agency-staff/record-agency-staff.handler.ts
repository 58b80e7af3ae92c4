import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { requireCreditOffice } from '../../../use-case-support/actor-guards.js';
import { requireFiledAgency } from '../../filed-agency.js';
import { RecordAgencyStaffCommand } from './record-agency-staff.command.js';

/** A26: the staff whose credit records the credit office keeps; a breach by staff hangs on a membership. */
@CommandHandler(RecordAgencyStaffCommand)
export class RecordAgencyStaffHandler implements ICommandHandler<RecordAgencyStaffCommand, AppendResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(AggregateLoader) private readonly loader: AggregateLoader) {}

  async execute({ agencyId, request, actor, headers }: RecordAgencyStaffCommand): Promise<AppendResult> {
    requireCreditOffice(actor, 'record agency staff');
    const loaded = await requireFiledAgency(this.loader, agencyId);
    return this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), commandType: 'RecordAgencyStaff', actor, headers, loaded,
      command: (now): AgencyCommand => ({ type: 'RecordAgencyStaff', now, agencyId, staffId: request.staffId, role: request.role, change: request.change, on: request.on }),
    });
  }
}
