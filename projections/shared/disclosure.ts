/**
 * A9, A28, 令第36号: whether a breach may be shown to the public at all. The period check
 * (decisionDate ≤ day ≤ disclosedThrough) depends on the day asked, so the read side does it.
 */
export type DisclosureFacts = {
  readonly disclosedThrough: string | null;
  readonly subjectMinorOnDecision: boolean;
  readonly repaired: boolean;
  readonly revoked: boolean;
};

export function isPublishable(facts: DisclosureFacts): boolean {
  return (
    facts.disclosedThrough !== null && // A9: a minor-class breach with 0 months is not disclosed
    !facts.subjectMinorOnDecision && // A28: minors are never published
    !facts.repaired && // 令第36号: an approved repair ends public disclosure
    !facts.revoked // docs/domain.md: a revoked decision is no longer disclosed
  );
}
