import { Query } from '@nestjs/cqrs';
import type { CreditProduct, RuleMode } from '../../../../domain/department/rule-terms.js';
import type { Eligibility } from '../../../../domain/subject/eligibility.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { EligibilityRequest } from './eligibility.request.js';

/** Where the requirement came from: the department in charge's own rule (A24), or the A18 dual report for banks. */
export type AppliedRequirement =
  | {
      readonly source: 'department-rule';
      /** The department in charge on the date (the acting one, or its successor after a merger or split). */
      readonly departmentId: string;
      readonly askedBy: string;
      readonly ruleId: string;
      readonly effectiveFrom: string;
      readonly area: string;
      /** The area's Chinese label beside its stable code (bilingual, docs/api.md). */
      readonly areaLabel: string | null;
      readonly matter: string;
      readonly products: readonly CreditProduct[];
      readonly mode: RuleMode;
    }
  | { readonly source: 'A18'; readonly products: readonly CreditProduct[]; readonly mode: RuleMode; readonly thresholdFen: number };

export interface EligibilityAnswer extends Eligibility {
  readonly subjectId: string;
  readonly at: string;
  readonly requirement: AppliedRequirement;
  /** A26 (configuration): whether reports of agencies that exited for misconduct still count. */
  readonly countReportsOfMisconductAgencies: boolean;
}

export class EligibilityQuery extends Query<EligibilityAnswer> {
  constructor(readonly subjectId: string, readonly request: EligibilityRequest, readonly actor: ActingUser) {
    super();
  }
}
