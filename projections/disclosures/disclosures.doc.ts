import type { BreachClass } from '../../domain/rules/disclosure.js';
import type { RecordObjections } from '../shared/record-objections.js';

/**
 * One breach (A9), id `<subjectId>:breach:<breachId>`. Only the fields the public may see (A28):
 * no summary, nothing personal. "Active at T" = publishable and decisionDate ≤ date(T) ≤
 * disclosedThrough: a range query. `subjectId` is the join key to `disclosure_subjects` and is
 * never published for a person (it is their pseudonym): publish the subject document's fields.
 */
export type DisclosureDoc = RecordObjections & {
  readonly breachId: string;
  readonly subjectId: string;
  readonly breachClass: BreachClass;
  readonly departmentId: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosureMonths: number;
  /** Last day of disclosure; null when not disclosed (minor class, 0 months). */
  readonly disclosedThrough: string | null;
  readonly subjectMinorOnDecision: boolean;
  readonly repaired: boolean;
  readonly repairedAt: string | null;
  /** For a revoked breach: disclosure ends by this date at the latest (3 working days). */
  readonly disclosureEndsBy: string | null;
  /** False for a minor class undisclosed, a subject who was a minor, a repaired or a revoked breach. */
  readonly publishable: boolean;
};

/** A person's name is in no event: the public sees this marker (the read side may add a masked name later). */
export const MASKED_PERSON_MARKER = '***';

/**
 * Who a disclosure is about, as the public may see it (A28), id = subjectId. Organisations: name,
 * USCC and legal representative; persons: the masked marker only.
 */
export type DisclosureSubjectDoc = {
  readonly subjectId: string;
  readonly kind: 'organisation' | 'person';
  readonly displayName: string;
  readonly uscc: string | null;
  readonly legalRepresentative: string | null;
  readonly masked: boolean;
};
