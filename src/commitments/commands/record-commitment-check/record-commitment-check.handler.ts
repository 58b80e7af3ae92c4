import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDateOf } from '../../../../domain/rules/time.js';
import type { BreachFacts, SubjectCommand } from '../../../../domain/subject/commands.js';
import { subjectStreamName } from '../../../../domain/subject/decider.js';
import type { SubjectState } from '../../../../domain/subject/state.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../../../use-case-support/subject-decider.provider.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { DepartmentSuccessors } from '../../../use-case-support/facts/department-successors.js';
import { MinorOnDecision } from '../../../use-case-support/facts/minor-on-decision.js';
import type { RecordCommitmentCheckRequest } from './record-commitment-check.request.js';

export interface RecordedCommitmentCheck {
  /** The breach recorded with a breached check (A9); null when kept. */
  readonly breachId: string | null;
  readonly result: AppendResult;
}

export class RecordCommitmentCheckCommand extends ApiCommand<{ subjectId: string; commitmentId: string }, RecordCommitmentCheckRequest, RecordedCommitmentCheck> {}

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
    @Inject(DepartmentSuccessors) private readonly successors: DepartmentSuccessors,
    @Inject(MinorOnDecision) private readonly minor: MinorOnDecision,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ path: { subjectId, commitmentId }, request, actor, headers }: RecordCommitmentCheckCommand): Promise<RecordedCommitmentCheck> {
    const departmentId = requireDepartment(actor, 'RecordCommitmentCheck');
    const breachId = uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: this.decider, stream: subjectStreamName(subjectId), actor, headers,
      build: async (state, now): Promise<SubjectCommand> => {
        const holder = state.commitments[commitmentId]?.departmentId;
        // An unknown commitment is refused by the decider (COMMITMENT_NOT_FOUND, 404).
        const holdingDepartmentSuccessors = holder === undefined ? [] : await this.successors.of(holder, shanghaiDateOf(now));
        const breach = await this.breachFacts(state, request, breachId);
        return {
          type: 'RecordCommitmentCheck', now, commitmentId, outcome: request.outcome, checkedOn: request.checkedOn, departmentId, holdingDepartmentSuccessors,
          ...(breach ? { breach } : {}),
        };
      },
    });
    const written = result.events.find((event) => event.type === 'CommitmentCheckRecorded')?.data.breachId;
    return { breachId: typeof written === 'string' ? written : null, result };
  }

  private async breachFacts(state: SubjectState, request: RecordCommitmentCheckRequest, breachId: string): Promise<BreachFacts | null> {
    if (request.breach === undefined || request.breach === null) return null;
    const facts = request.breach;
    return {
      breachId,
      breachClass: facts.breachClass,
      basisDocument: facts.basisDocument,
      decisionDate: facts.decisionDate,
      disclosureMonths: facts.disclosureMonths,
      summary: facts.summary,
      subjectMinorOnDecision: await this.minor.of(state, facts.decisionDate), // A28
    };
  }
}
