import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { requireCreditOffice } from '../../../use-case-support/actor-guards.js';
import { requireFiledAgency } from '../../filed-agency.js';
import { SuspendAgencyCommand } from './suspend-agency.command.js';

/** A26: while suspended, the agency's new reports do not count (A20); a lift restores the filing from a day. */
@CommandHandler(SuspendAgencyCommand)
export class SuspendAgencyHandler implements ICommandHandler<SuspendAgencyCommand, AppendResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(AggregateLoader) private readonly loader: AggregateLoader) {}

  async execute({ agencyId, request, actor, headers }: SuspendAgencyCommand): Promise<AppendResult> {
    requireCreditOffice(actor, 'suspend an agency');
    const loaded = await requireFiledAgency(this.loader, agencyId);
    const lift = request.action === 'lift';
    return this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), commandType: lift ? 'LiftAgencySuspension' : 'SuspendAgency', actor, headers, loaded,
      command: (now): AgencyCommand => lift
        ? { type: 'LiftAgencySuspension', now, agencyId, on: request.on!, basisDocument: request.basisDocument }
        : { type: 'SuspendAgency', now, agencyId, from: request.from!, until: request.until ?? null, reason: request.reason!, basisDocument: request.basisDocument },
    });
  }
}
