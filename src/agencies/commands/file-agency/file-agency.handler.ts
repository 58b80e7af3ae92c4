import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AgencyCommand } from '../../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import { ApiCommand, type NoPath } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import type { FileAgencyRequest } from './file-agency.request.js';

export interface FiledAgency {
  readonly agencyId: string;
  readonly result: AppendResult;
}

export class FileAgencyCommand extends ApiCommand<NoPath, FileAgencyRequest, FiledAgency> {}

/**
 * A15, A20: the credit office files an agency. Each filing is a new agency record with an id the
 * server gives (a change of filing is a new record, A20), so the same USCC may be filed again later.
 */
@CommandHandler(FileAgencyCommand)
export class FileAgencyHandler implements ICommandHandler<FileAgencyCommand, FiledAgency> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ request, actor, headers }: FileAgencyCommand): Promise<FiledAgency> {
    const agencyId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: agencyDecider, stream: agencyStreamName(agencyId), actor, headers,
      build: (_, now): AgencyCommand => ({
        type: 'FileAgency', now, agencyId, name: request.name, uscc: request.uscc, filingAuthority: request.filingAuthority,
        level: request.level, filingNumber: request.filingNumber, filedOn: request.filedOn,
      }),
    });
    // An idempotent retry answers with the agency the first request filed.
    return { agencyId: String(result.events[0]?.data.agencyId ?? agencyId), result };
  }
}
