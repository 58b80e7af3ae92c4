import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { BreachFacts, SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { SubjectState } from '../../../../domain/subject/state.js';
import { AggregateLoader } from '../../../commands/aggregate-loader.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import { CLOCK, shanghaiIso, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { DepartmentSuccessors } from '../../../use-case-support/facts/department-successors.js';
import { MinorOnDecision } from '../../../use-case-support/facts/minor-on-decision.js';
import { RecordCommitmentCheckCommand, type RecordedCommitmentCheck } from './record-commitment-check.command.js';
import type { RecordCommitmentCheckRequest } from './record-commitment-check.request.js';

/**
 * A8–A9: the department holding the commitment (or its successor after a merger or renaming,
 * docs/domain.md) records the check; a breach it found is recorded in the same decision, with the
 * A28 minor fact looked up here.
 */
@CommandHandler(RecordCommitmentCheckCommand)
export class RecordCommitmentCheckHandler implements ICommandHandler<RecordCommitmentCheckCommand, RecordedCommitmentCheck> {
  constructor(
    @Inject(CommandExecutor) private readonly commands: CommandExecutor,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(AggregateLoader) private readonly loader: AggregateLoader,
    @Inject(DepartmentSuccessors) private readonly successors: DepartmentSuccessors,
    @Inject(MinorOnDecision) private readonly minor: MinorOnDecision,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subjectId, commitmentId, request, actor, headers }: RecordCommitmentCheckCommand): Promise<RecordedCommitmentCheck> {
    const departmentId = requireDepartment(actor, 'RecordCommitmentCheck');
    const stream = subjectStreamName(subjectId);
    const loaded = await this.loader.load(this.decider, stream);
    const holder = loaded.state.commitments[commitmentId]?.departmentId;
    // An unknown commitment is refused by the decider (COMMITMENT_NOT_FOUND, 404).
    const holdingDepartmentSuccessors = holder === undefined ? [] : await this.successors.of(holder, shanghaiDateOf(shanghaiIso(this.clock.nowMs())));
    const breach = await this.breachFacts(loaded.state, request);
    const result = await this.commands.run({
      decider: this.decider, stream, commandType: 'RecordCommitmentCheck', actor, headers, loaded,
      command: (now): SubjectCommand => ({
        type: 'RecordCommitmentCheck', now, commitmentId, outcome: request.outcome, checkedOn: request.checkedOn, departmentId, holdingDepartmentSuccessors,
        ...(breach ? { breach } : {}),
      }),
    });
    const written = result.events.find((event) => event.type === 'CommitmentCheckRecorded')?.data.breachId;
    return { breachId: typeof written === 'string' ? written : null, result };
  }

  private async breachFacts(state: SubjectState, request: RecordCommitmentCheckRequest): Promise<BreachFacts | null> {
    if (request.breach === undefined || request.breach === null) return null;
    const facts = request.breach;
    return {
      breachId: uuidV7(this.clock.nowMs()),
      breachClass: facts.breachClass,
      basisDocument: facts.basisDocument,
      decisionDate: facts.decisionDate,
      disclosureMonths: facts.disclosureMonths,
      summary: facts.summary,
      subjectMinorOnDecision: await this.minor.of(state, facts.decisionDate), // A28
    };
  }
}
