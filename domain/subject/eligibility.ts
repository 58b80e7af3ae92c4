/**
 * A12, A17, A24: does the subject hold what a matter needs? A department's rule (A24) names the
 * products (A3: commitment, review, report) and whether all or any of them are needed.
 */
import type { CreditProduct, RuleMode } from '../department/rule-terms.js';
import { compareInstants } from '../rules/time.js';
import { validCreditReportAt, validReviewReportAt } from './queries.js';
import type { SubjectState } from './state.js';

export interface EligibilityRequirement {
  readonly products: readonly CreditProduct[];
  readonly mode: RuleMode;
  readonly matter?: string;
  readonly departmentId?: string;
}

export interface HeldProducts {
  /** A14: the latest review report valid at `at`. */
  readonly review: { readonly reviewId: string; readonly validThrough: string; readonly needsAmendment: boolean } | null;
  /** A19: the latest credit report valid at `at`. */
  readonly report: { readonly reportId: string; readonly agencyId: string; readonly validThrough: string } | null;
  /** A6–A8: a commitment made for that department and matter, not breached. */
  readonly commitment: { readonly commitmentId: string; readonly kind: string; readonly madeAt: string } | null;
}

export interface Eligibility {
  readonly eligible: boolean;
  readonly held: HeldProducts;
  readonly missing: readonly CreditProduct[];
}

export function eligibility(state: SubjectState, requirement: EligibilityRequirement, at: string): Eligibility {
  const review = validReviewReportAt(state, at);
  const report = validCreditReportAt(state, at);
  const commitment = Object.values(state.commitments)
    .filter(
      (c) =>
        (requirement.departmentId === undefined || c.departmentId === requirement.departmentId) &&
        (requirement.matter === undefined || c.matter === requirement.matter) &&
        c.check?.outcome !== 'breached' &&
        compareInstants(c.madeAt, at) <= 0,
    )
    .sort((a, b) => compareInstants(b.madeAt, a.madeAt))[0];
  const held: HeldProducts = {
    review: review && { reviewId: review.reviewId, validThrough: review.report.validity.validThrough, needsAmendment: review.report.needsAmendment },
    report: report && { reportId: report.reportId, agencyId: report.agencyId, validThrough: report.validity.validThrough },
    commitment: commitment ? { commitmentId: commitment.commitmentId, kind: commitment.kind, madeAt: commitment.madeAt } : null,
  };
  const products = [...new Set(requirement.products)];
  const missing = products.filter((product) => held[product] === null);
  // Nothing required is always met; "any" needs at least one of the listed products.
  const eligible = products.length === 0 || (requirement.mode === 'all' ? missing.length === 0 : missing.length < products.length);
  return { eligible, held, missing };
}
