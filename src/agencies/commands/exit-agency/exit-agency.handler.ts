import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { requireCreditOffice } from '../../../use-case-support/actor-guards.js';
import { requireFiledAgency } from '../../filed-agency.js';
import { ExitAgencyCommand } from './exit-agency.command.js';

/** A26 market exit: from `exitedOn` the agency's reports no longer count (A20). */
@CommandHandler(ExitAgencyCommand)
export class ExitAgencyHandler implements ICommandHandler<ExitAgencyCommand, AppendResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(AggregateLoader) private readonly loader: AggregateLoader) {}

  async execute({ agencyId, request, actor, headers }: ExitAgencyCommand): Promise<AppendResult> {
    requireCreditOffice(actor, 'record an agency\'s market exit');
    const loaded = await requireFiledAgency(this.loader, agencyId);
    return this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), commandType: 'ExitAgency', actor, headers, loaded,
      command: (now): AgencyCommand => ({ type: 'ExitAgency', now, agencyId, exitedOn: request.exitedOn, reason: request.reason, basisDocument: request.basisDocument }),
    });
  }
}
