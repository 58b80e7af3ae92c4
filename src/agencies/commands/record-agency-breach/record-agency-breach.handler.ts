import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { requireCreditOffice } from '../../../use-case-support/actor-guards.js';
import { requireFiledAgency } from '../../filed-agency.js';
import { RecordAgencyBreachCommand, type RecordedAgencyBreach } from './record-agency-breach.command.js';

/** A26: the agency's own credit record; it still grows after a market exit. The breach id is the server's. */
@CommandHandler(RecordAgencyBreachCommand)
export class RecordAgencyBreachHandler implements ICommandHandler<RecordAgencyBreachCommand, RecordedAgencyBreach> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(AggregateLoader) private readonly loader: AggregateLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ agencyId, request, actor, headers }: RecordAgencyBreachCommand): Promise<RecordedAgencyBreach> {
    requireCreditOffice(actor, 'record an agency breach');
    const loaded = await requireFiledAgency(this.loader, agencyId);
    const breachId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), commandType: 'RecordAgencyBreach', actor, headers, loaded,
      command: (now): AgencyCommand => ({
        type: 'RecordAgencyBreach', now, agencyId, breachId, breachClass: request.breachClass, basisDocument: request.basisDocument,
        decisionDate: request.decisionDate, summary: request.summary, staffId: request.staffId ?? null,
      }),
    });
    // An idempotent retry answers with the breach the first request recorded.
    return { breachId: String(result.events[0]?.data.breachId ?? breachId), result };
  }
}
