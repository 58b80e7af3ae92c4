import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { providingDepartmentOfObjection } from '../../../../domain/subject/queries.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { DepartmentSuccessors } from '../../../use-case-support/facts/department-successors.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { SubjectScopedId } from '../../../use-case-support/paths/subject-scoped-id.js';
import type { ForwardObjectionRequest } from './forward-objection.request.js';

export class ForwardObjectionCommand extends ApiCommand<{ objection: SubjectScopedId }, ForwardObjectionRequest, AppendResult> {}

/**
 * SH-SCR art. 37: the center (the policy table) forwards to the department that provided the record,
 * or to its successor after a merger or renaming (docs/domain.md) — the successors are looked up here.
 */
@CommandHandler(ForwardObjectionCommand)
export class ForwardObjectionHandler implements ICommandHandler<ForwardObjectionCommand, AppendResult> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(DepartmentSuccessors) private readonly successors: DepartmentSuccessors,
  ) {}

  async execute({ path: { objection }, request, actor, headers }: ForwardObjectionCommand): Promise<AppendResult> {
    return this.commands.run({
      decider: this.decider, stream: subjectStreamName(objection.subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => {
        const provider = providingDepartmentOfObjection(state, objection.id);
        const recordingDepartmentSuccessors = provider === null ? [] : await this.successors.of(provider, shanghaiDateOf(now));
        return { type: 'ForwardObjection', now, objectionId: objection.id, toDepartmentId: request.toDepartmentId, recordingDepartmentSuccessors };
      },
    });
  }
}
