import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { requireFiledAgency } from '../../filed-agency.js';
import type { ExitAgencyRequest } from './exit-agency.request.js';

export class ExitAgencyCommand extends ApiCommand<{ agencyId: string }, ExitAgencyRequest, AppendResult> {}

/** A26 market exit: from `exitedOn` the agency's reports no longer count (A20). */
@CommandHandler(ExitAgencyCommand)
export class ExitAgencyHandler implements ICommandHandler<ExitAgencyCommand, AppendResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor) {}

  async execute({ path: { agencyId }, request, actor, headers }: ExitAgencyCommand): Promise<AppendResult> {
    return this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), actor, headers,
      build: (state, now): AgencyCommand => {
        requireFiledAgency(state, agencyId);
        return { type: 'ExitAgency', now, agencyId, exitedOn: request.exitedOn, reason: request.reason, basisDocument: request.basisDocument };
      },
    });
  }
}
