import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { writtenId } from '../../../use-case-support/written-record.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { subjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import type { FileObjectionRequest } from './file-objection.request.js';

export interface FiledObjection {
  /** `<subjectId>.<uuidV7>`: addresses the objection at /objections/{oid}/… */
  readonly objectionId: string;
  readonly result: AppendResult;
}

export class FileObjectionCommand extends ApiCommand<{ subjectId: string }, FileObjectionRequest, FiledObjection> {}

/** SH-SCR art. 36: the subject objects to one of its own records; the deadlines are the decider's. */
@CommandHandler(FileObjectionCommand)
export class FileObjectionHandler implements ICommandHandler<FileObjectionCommand, FiledObjection> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId }, request, actor, headers }: FileObjectionCommand): Promise<FiledObjection> {
    const objectionId = subjectScopedId(subjectId, uuidV7(this.clock.nowMs()));
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({ type: 'FileObjection', now, objectionId, target: { kind: request.target.kind, id: request.target.id }, reason: request.reason }),
    });
    return { objectionId: writtenId(result, 'ObjectionFiled', 'objectionId', objectionId), result };
  }
}
