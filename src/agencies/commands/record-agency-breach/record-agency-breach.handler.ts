import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { requireFiledAgency } from '../../filed-agency.js';
import type { RecordAgencyBreachRequest } from './record-agency-breach.request.js';

export interface RecordedAgencyBreach {
  readonly breachId: string;
  readonly result: AppendResult;
}

export class RecordAgencyBreachCommand extends ApiCommand<{ agencyId: string }, RecordAgencyBreachRequest, RecordedAgencyBreach> {}

/** A26: the agency's own credit record; it still grows after a market exit. The breach id is the server's. */
@CommandHandler(RecordAgencyBreachCommand)
export class RecordAgencyBreachHandler implements ICommandHandler<RecordAgencyBreachCommand, RecordedAgencyBreach> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ path: { agencyId }, request, actor, headers }: RecordAgencyBreachCommand): Promise<RecordedAgencyBreach> {
    const breachId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), actor, headers,
      build: (state, now): AgencyCommand => {
        requireFiledAgency(state, agencyId);
        return {
          type: 'RecordAgencyBreach', now, agencyId, breachId, breachClass: request.breachClass, basisDocument: request.basisDocument,
          decisionDate: request.decisionDate, summary: request.summary, staffId: request.staffId ?? null,
        };
      },
    });
    // An idempotent retry answers with the breach the first request recorded.
    return { breachId: String(result.events[0]?.data.breachId ?? breachId), result };
  }
}
