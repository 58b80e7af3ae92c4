import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { requireFiledAgency } from '../../filed-agency.js';
import type { SuspendAgencyRequest } from './suspend-agency.request.js';

export class SuspendAgencyCommand extends ApiCommand<{ agencyId: string }, SuspendAgencyRequest, AppendResult> {}

/** A26: while suspended, the agency's new reports do not count (A20); a lift restores the filing from a day. */
@CommandHandler(SuspendAgencyCommand)
export class SuspendAgencyHandler implements ICommandHandler<SuspendAgencyCommand, AppendResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor) {}

  async execute({ path: { agencyId }, request, actor, headers }: SuspendAgencyCommand): Promise<AppendResult> {
    return this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), actor, headers,
      build: (state, now): AgencyCommand => {
        requireFiledAgency(state, agencyId);
        return request.action === 'lift'
          ? { type: 'LiftAgencySuspension', now, agencyId, on: request.on!, basisDocument: request.basisDocument }
          : { type: 'SuspendAgency', now, agencyId, from: request.from!, until: request.until ?? null, reason: request.reason!, basisDocument: request.basisDocument };
      },
    });
  }
}
