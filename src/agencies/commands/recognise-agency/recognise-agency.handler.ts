import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { ApiCommand, type NoPath } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import type { FiledAgency } from '../file-agency/file-agency.handler.js';
import type { RecogniseAgencyRequest } from './recognise-agency.request.js';

export class RecogniseAgencyCommand extends ApiCommand<NoPath, RecogniseAgencyRequest, FiledAgency> {}

/**
 * A15, A20 "filed or recognised": the credit office records an agency's recognition, as it records a
 * filing — a new agency record with an id the server gives, whose reports count from `recognisedOn`.
 */
@CommandHandler(RecogniseAgencyCommand)
export class RecogniseAgencyHandler implements ICommandHandler<RecogniseAgencyCommand, FiledAgency> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ request, actor, headers }: RecogniseAgencyCommand): Promise<FiledAgency> {
    const agencyId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), actor, headers,
      build: (_, now): AgencyCommand => ({
        type: 'RecogniseAgency', now, agencyId, name: request.name, uscc: request.uscc, recognisingAuthority: request.recognisingAuthority,
        level: request.level, recognitionDocument: request.recognitionDocument, recognisedOn: request.recognisedOn,
      }),
    });
    // An idempotent retry answers with the agency the first request recorded.
    return { agencyId: String(result.events[0]?.data.agencyId ?? agencyId), result };
  }
}
