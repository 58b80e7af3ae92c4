import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { MinorOnDecision } from '../../../use-case-support/facts/minor-on-decision.js';
import { writtenId } from '../../../use-case-support/written-record.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { RecordBreachCommand, type RecordedBreach } from './record-breach.command.js';

/**
 * A9: the deciding department records breach information under its own id (request context).
 * A28: whether the subject was a minor on the decision date is looked up here, not taken from the body.
 */
@CommandHandler(RecordBreachCommand)
export class RecordBreachHandler implements ICommandHandler<RecordBreachCommand, RecordedBreach> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(AggregateLoader) private readonly loader: AggregateLoader,
    @Inject(MinorOnDecision) private readonly minor: MinorOnDecision,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subjectId, request, actor, headers }: RecordBreachCommand): Promise<RecordedBreach> {
    const departmentId = requireDepartment(actor, 'RecordBreach');
    const stream = subjectStreamName(subjectId);
    const loaded = await this.loader.load(this.decider, stream);
    const subjectMinorOnDecision = await this.minor.of(loaded.state, request.decisionDate);
    const breachId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream, commandType: 'RecordBreach', actor, headers, loaded,
      command: (now): SubjectCommand => ({
        type: 'RecordBreach', now, departmentId, breachId, subjectMinorOnDecision,
        breachClass: request.breachClass, basisDocument: request.basisDocument, decisionDate: request.decisionDate,
        disclosureMonths: request.disclosureMonths, summary: request.summary,
      }),
    });
    return { breachId: writtenId(result, 'BreachRecorded', 'breachId', breachId), result };
  }
}
