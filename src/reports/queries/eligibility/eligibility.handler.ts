import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { eligibility } from '../../../../domain/subject/eligibility.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { CLOCK, shanghaiIso, type Clock } from '../../../shared/clock.js';
import { SubjectFacts } from '../../../use-case-support/facts/subject-facts.js';
import { shanghaiToday } from '../../../shared/shanghai-today.js';
import { EligibilityQuery, type EligibilityAnswer } from './eligibility.query.js';
import { RequirementLookup } from './requirement.js';

/**
 * A12, A17, A24: does the subject hold, now, what the matter needs? Folds the subject's stream
 * (not a view: the answer is as current as the log); A26: reports of agencies that exited for
 * misconduct are flagged from the agencies' streams and counted per configuration.
 */
@QueryHandler(EligibilityQuery)
export class EligibilityHandler implements IQueryHandler<EligibilityQuery, EligibilityAnswer> {
  constructor(
    @Inject(RequirementLookup) private readonly requirements: RequirementLookup,
    @Inject(SubjectFacts) private readonly subjects: SubjectFacts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subjectId, request, actor }: EligibilityQuery): Promise<EligibilityAnswer> {
    const nowMs = this.clock.nowMs();
    const at = shanghaiIso(nowMs);
    const today = shanghaiToday(this.clock);
    const requirement = await this.requirements.requirementFor(actor, request, today);
    const state = await this.subjects.registered(subjectId, 'CheckEligibility');
    const agenciesExitedForMisconduct = await this.subjects.agenciesExitedForMisconduct(state, today);
    const policy = { loanCheckThresholdFen: this.config.loanCheckThresholdFen, countReportsOfMisconductAgencies: this.config.countReportsOfMisconductAgencies };
    const asked = requirement.source === 'department-rule'
      ? { products: requirement.products, mode: requirement.mode, matter: requirement.matter, departmentId: requirement.askedBy }
      : { products: requirement.products, mode: requirement.mode };
    const answer = eligibility(state, asked, at, { policy, agenciesExitedForMisconduct });
    return { subjectId, at, requirement, ...answer, countReportsOfMisconductAgencies: policy.countReportsOfMisconductAgencies };
  }
}
