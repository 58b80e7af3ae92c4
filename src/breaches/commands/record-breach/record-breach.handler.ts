import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { MinorOnDecision } from '../../../use-case-support/facts/minor-on-decision.js';
import { writtenId } from '../../../use-case-support/written-record.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import type { RecordBreachRequest } from './record-breach.request.js';

export interface RecordedBreach {
  readonly breachId: string;
  readonly result: AppendResult;
}

export class RecordBreachCommand extends ApiCommand<{ subjectId: string }, RecordBreachRequest, RecordedBreach> {}

/**
 * A9: the deciding department records breach information under its own id (request context).
 * A28: whether the subject was a minor on the decision date is looked up here, not taken from the body.
 */
@CommandHandler(RecordBreachCommand)
export class RecordBreachHandler implements ICommandHandler<RecordBreachCommand, RecordedBreach> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(MinorOnDecision) private readonly minor: MinorOnDecision,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId }, request, actor, headers }: RecordBreachCommand): Promise<RecordedBreach> {
    const departmentId = requireDepartment(actor, 'RecordBreach');
    const breachId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => ({
        type: 'RecordBreach', now, departmentId, breachId, subjectMinorOnDecision: await this.minor.of(state, request.decisionDate),
        breachClass: request.breachClass, basisDocument: request.basisDocument, decisionDate: request.decisionDate,
        disclosureMonths: request.disclosureMonths, summary: request.summary,
      }),
    });
    return { breachId: writtenId(result, 'BreachRecorded', 'breachId', breachId), result };
  }
}
