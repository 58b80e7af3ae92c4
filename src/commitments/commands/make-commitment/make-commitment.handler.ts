import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../../domain/kernel/domain-error.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { isSubjectItself, requireOwnDepartment } from '../../../use-case-support/actor-guards.js';
import { writtenId } from '../../../use-case-support/written-record.js';
import type { MakeCommitmentRequest } from './make-commitment.request.js';

export interface MadeCommitment {
  readonly commitmentId: string;
  readonly result: AppendResult;
}

export class MakeCommitmentCommand extends ApiCommand<{ subjectId: string }, MakeCommitmentRequest, MadeCommitment> {}

/**
 * A6–A7. The subject makes a commitment to a department it names; a department records one made
 * to itself (its id from the request context). The commitment id is the server's.
 */
@CommandHandler(MakeCommitmentCommand)
export class MakeCommitmentHandler implements ICommandHandler<MakeCommitmentCommand, MadeCommitment> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId }, request, actor, headers }: MakeCommitmentCommand): Promise<MadeCommitment> {
    const departmentId = committedTo(subjectId, request, actor);
    const commitmentId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({
        type: 'MakeCommitment', now, commitmentId, kind: request.kind, departmentId,
        matter: request.matter, pledges: { ...request.pledges }, consentToPublication: request.consentToPublication, followUpCheckOn: request.followUpCheckOn ?? null,
      }),
    });
    return { commitmentId: writtenId(result, 'CommitmentMade', 'commitmentId', commitmentId), result };
  }
}

function committedTo(subjectId: string, request: MakeCommitmentRequest, actor: ActingUser): string {
  if (isSubjectItself(actor, subjectId)) {
    if (request.departmentId === undefined) throw new InvalidInputError('departmentId', 'REQUIRED', 'a subject names the department its commitment is made to', {}, 'A6');
    return request.departmentId;
  }
  return requireOwnDepartment(actor, 'MakeCommitment', 'departmentId', request.departmentId, 'A6');
}
