/**
 * A12, A17, A24: does the subject hold what a matter needs? A department's rule (A24) names the
 * products (A3: commitment, review, report) and whether all or any of them are needed.
 */
import type { CreditProduct, RuleMode } from '../department/rule-terms.js';
import { compareInstants } from '../rules/time.js';
import type { SubjectPolicy } from './policy.js';
import {
  commitmentAsOf,
  commitmentCheckAsOf,
  isUnderObjectionAt,
  sharedBreachesAt,
  validCreditReportsAt,
  validReviewReportAt,
  type SharedBreach,
  type ValidCreditReport,
} from './queries.js';
import type { CommitmentRecord, SubjectState } from './state.js';

export interface EligibilityRequirement {
  readonly products: readonly CreditProduct[];
  readonly mode: RuleMode;
  readonly matter?: string;
  readonly departmentId?: string;
}

/** Facts from outside the subject's stream, and the configured policy. */
export interface EligibilityOptions {
  readonly policy: SubjectPolicy;
  /** A26: agencies that exited the market for misconduct (from the agency aggregate). */
  readonly agenciesExitedForMisconduct: ReadonlySet<string>;
}

export interface HeldProducts {
  /** A14: the latest review report valid at `at`. */
  readonly review: {
    readonly reviewId: string;
    readonly validThrough: string;
    readonly needsAmendment: boolean;
    readonly underObjection: boolean;
  } | null;
  /**
   * A19: the latest credit report valid at `at` that counts, else the latest valid one that does
   * not. A26: `flagged` when its agency exited for misconduct; `counted` per policy.
   */
  readonly report: {
    readonly reportId: string;
    readonly agencyId: string;
    readonly validThrough: string;
    readonly flagged: boolean;
    readonly counted: boolean;
    readonly underObjection: boolean;
  } | null;
  /** A6–A8: a commitment made for that department and matter (as corrected), not revoked, not found breached by `at`. */
  readonly commitment: {
    readonly commitmentId: string;
    readonly kind: string;
    readonly madeAt: string;
    /** SH-SCR arts. 36–38: the commitment or its follow-up check is under objection. */
    readonly underObjection: boolean;
  } | null;
}

export interface Eligibility {
  readonly eligible: boolean;
  readonly held: HeldProducts;
  readonly missing: readonly CreditProduct[];
  /**
   * 令第36号: the breaches still shared with the department for this new decision (not repaired,
   * not revoked). Listed for the department to weigh under its own rules (A24); they do not
   * change `eligible`, which is about the products held.
   */
  readonly breachesOnRecord: readonly SharedBreach[];
}

export function eligibility(state: SubjectState, requirement: EligibilityRequirement, at: string, options: EligibilityOptions): Eligibility {
  const held: HeldProducts = {
    review: heldReview(state, at),
    report: heldReport(state, at, options),
    commitment: heldCommitment(state, requirement, at),
  };
  const products = [...new Set(requirement.products)];
  const missing = products.filter((product) => !holds(held, product));
  // Nothing required is always met; "any" needs at least one of the listed products.
  const eligible = products.length === 0 || (requirement.mode === 'all' ? missing.length === 0 : missing.length < products.length);
  return { eligible, held, missing, breachesOnRecord: sharedBreachesAt(state, at) };
}

function holds(held: HeldProducts, product: CreditProduct): boolean {
  if (product === 'report') return held.report !== null && held.report.counted;
  return held[product] !== null;
}

function heldReview(state: SubjectState, at: string): HeldProducts['review'] {
  const review = validReviewReportAt(state, at);
  if (review === null) return null;
  return { reviewId: review.reviewId, validThrough: review.report.validity.validThrough, needsAmendment: review.report.needsAmendment, underObjection: review.underObjection };
}

/** A26, docs/domain.md: reports of an agency that exited for misconduct are flagged; whether they count is policy. */
function heldReport(state: SubjectState, at: string, { policy, agenciesExitedForMisconduct }: EligibilityOptions): HeldProducts['report'] {
  const counts = (r: ValidCreditReport): boolean => !r.flaggedAgencyExitedForMisconduct || policy.countReportsOfMisconductAgencies;
  const valid = validCreditReportsAt(state, at, agenciesExitedForMisconduct);
  const report = valid.find(counts) ?? valid[0];
  if (report === undefined) return null;
  return {
    reportId: report.reportId,
    agencyId: report.agencyId,
    validThrough: report.validity.validThrough,
    flagged: report.flaggedAgencyExitedForMisconduct,
    counted: counts(report),
    underObjection: report.underObjection,
  };
}

/**
 * A6–A8: the latest commitment made by `at` for the department and matter, as corrected then
 * (SH-SCR arts. 36–38), not revoked, and whose check in force (a revoked check counts as none) is
 * not a breach.
 */
function heldCommitment(state: SubjectState, requirement: EligibilityRequirement, at: string): HeldProducts['commitment'] {
  const commitment = Object.keys(state.commitments)
    .map((id) => commitmentAsOf(state, id, at))
    .filter(
      (c): c is CommitmentRecord =>
        c !== null &&
        (requirement.departmentId === undefined || c.departmentId === requirement.departmentId) &&
        (requirement.matter === undefined || c.matter === requirement.matter) &&
        commitmentCheckAsOf(state, c, at)?.outcome !== 'breached',
    )
    .sort((a, b) => compareInstants(b.madeAt, a.madeAt))[0];
  if (commitment === undefined) return null;
  const id = commitment.commitmentId;
  return {
    commitmentId: id,
    kind: commitment.kind,
    madeAt: commitment.madeAt,
    underObjection: isUnderObjectionAt(state, { kind: 'commitment-check', id }, at) || isUnderObjectionAt(state, { kind: 'commitment', id }, at),
  };
}
