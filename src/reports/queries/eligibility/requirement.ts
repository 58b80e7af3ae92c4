import { Inject, Injectable } from '@nestjs/common';
import { DepartmentNotRegisteredError } from '../../../../domain/department/errors.js';
import { ruleFor } from '../../../../domain/department/rule-for.js';
import { InvalidInputError } from '../../../../domain/kernel/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import type { ActingUser } from '../../../http/acting-user.js';
import { areaLabel } from '../../../http/labels.js';
import { DepartmentFacts } from '../../../use-case-support/facts/department-facts.js';
import { requireDepartment } from '../../../use-case-support/actor-guards.js';
import { EligibilityRuleNotFoundError } from './eligibility-rule-not-found.error.js';
import type { AppliedRequirement } from './eligibility.query.js';
import type { EligibilityRequest } from './eligibility.request.js';

const ACTION = 'check eligibility';

/** What the acting user's matter needs on the date: its department's rule (A24), or for a bank the A18 dual report. */
@Injectable()
export class RequirementLookup {
  constructor(@Inject(DepartmentFacts) private readonly departments: DepartmentFacts, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async requirementFor(actor: ActingUser, request: EligibilityRequest, today: string): Promise<AppliedRequirement> {
    // A18: a loan needs a valid review or a valid third-party report (one of them).
    if (actor.kind === 'bank') return { source: 'A18', products: ['review', 'report'], mode: 'any', thresholdFen: this.config.loanCheckThresholdFen };
    const askedBy = requireDepartment(actor, ACTION);
    const area = required('area', request.area);
    const matter = required('matter', request.matter);
    // A24, docs/domain.md: the rules of a merged or split department follow its successor.
    const inCharge = await this.departments.inChargeOn(askedBy, today);
    if (inCharge.state.status !== 'registered') throw new DepartmentNotRegisteredError(inCharge.departmentId);
    const rule = ruleFor(inCharge.state, matter, area, today);
    if (rule === null) throw new EligibilityRuleNotFoundError(inCharge.departmentId, area, matter, today);
    return { source: 'department-rule', departmentId: inCharge.departmentId, askedBy, ruleId: rule.ruleId, effectiveFrom: rule.effectiveFrom, area, areaLabel: areaLabel(area), matter, products: rule.products, mode: rule.mode };
  }
}

function required<T extends string>(field: string, value: T | undefined): T {
  if (value === undefined) throw new InvalidInputError(field, 'REQUIRED', 'a department names the area and the matter kind of its rule', {}, 'A24');
  return value;
}
