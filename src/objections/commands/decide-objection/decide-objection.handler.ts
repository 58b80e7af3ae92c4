import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { ObjectionDecider } from '../../../../domain/subject/values.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { SubjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import type { DecideObjectionRequest } from './decide-objection.request.js';

export class DecideObjectionCommand extends ApiCommand<{ objection: SubjectScopedId }, DecideObjectionRequest, AppendResult> {}

/**
 * SH-SCR arts. 36–38: the center decides, or the department it forwarded to; who decides comes
 * from the request context and the decider refuses anyone else (OBJECTION_WRONG_DECIDER).
 */
@CommandHandler(DecideObjectionCommand)
export class DecideObjectionHandler implements ICommandHandler<DecideObjectionCommand, AppendResult> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
  ) {}

  async execute({ path: { objection }, request, actor, headers }: DecideObjectionCommand): Promise<AppendResult> {
    const decidedBy = deciderOf(actor);
    return this.commands.run({
      decider: this.decider, stream: subjectStreamName(objection.subjectId), actor, headers,
      build: (_, now): SubjectCommand => ({
        type: 'DecideObjection', now, objectionId: objection.id, decidedBy, outcome: request.outcome,
        ...(request.reasons !== undefined ? { reasons: request.reasons } : {}),
        ...(request.correction !== undefined ? { correction: request.correction } : {}),
        ...(request.revokesRecord !== undefined ? { revokesRecord: request.revokesRecord } : {}),
      }),
    });
  }
}

/** The center, or a department (its id from the token); the policy table lets no one else here. */
function deciderOf(actor: ActingUser): ObjectionDecider {
  return actor.kind === 'center' ? { kind: 'center' } : { kind: 'department', departmentId: requireDepartment(actor, 'DecideObjection') };
}
