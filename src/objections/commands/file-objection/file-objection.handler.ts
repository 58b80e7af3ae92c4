import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireSubjectItself } from '../../../use-case-support/actor-guards.js';
import { writtenId } from '../../../use-case-support/written-record.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { subjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import { FileObjectionCommand, type FiledObjection } from './file-objection.command.js';

/** SH-SCR art. 36: the subject objects to one of its own records; the deadlines are the decider's. */
@CommandHandler(FileObjectionCommand)
export class FileObjectionHandler implements ICommandHandler<FileObjectionCommand, FiledObjection> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subjectId, request, actor, headers }: FileObjectionCommand): Promise<FiledObjection> {
    requireSubjectItself(actor, subjectId, 'FileObjection');
    const objectionId = subjectScopedId(subjectId, uuidV7(this.clock.nowMs()));
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), commandType: 'FileObjection', actor, headers,
      command: (now): SubjectCommand => ({ type: 'FileObjection', now, objectionId, target: { kind: request.target.kind, id: request.target.id }, reason: request.reason }),
    });
    return { objectionId: writtenId(result, 'ObjectionFiled', 'objectionId', objectionId), result };
  }
}
