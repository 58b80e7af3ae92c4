/** A24: which credit products a department requires for a kind of matter in an area, on a date. */
import type { UsageArea } from './areas.js';
import type { CreditProduct, RuleMode } from './rule-terms.js';
import type { DepartmentRule, DepartmentState } from './state.js';

export type DepartmentRequirement = {
  readonly ruleId: string;
  readonly products: readonly CreditProduct[];
  /** `all`: every listed product; `any`: one of them, the subject's choice. */
  readonly mode: RuleMode;
  readonly effectiveFrom: string;
};

/**
 * The rule in force on the date for this matter and area, or null. Of several, the one effective
 * latest wins (a new rule supersedes an old one without retiring it); on a tie, the later-recorded.
 * Reads one stream only. Rules stay on the stream after a merger or split: the caller finds the
 * department in charge with `resolveSuccession` (A24, following the chain across streams) and
 * asks that department's stream first.
 */
export function ruleFor(state: DepartmentState, matterKind: string, area: UsageArea, date: string): DepartmentRequirement | null {
  if (state.status !== 'registered') return null;
  let found: DepartmentRule | null = null;
  for (const rule of state.rules) {
    const applies = rule.matterKind === matterKind && rule.area === area && rule.effectiveFrom <= date && (rule.retiredOn === null || date < rule.retiredOn);
    if (applies && (found === null || rule.effectiveFrom >= found.effectiveFrom)) found = rule;
  }
  return found === null ? null : { ruleId: found.ruleId, products: found.products, mode: found.mode, effectiveFrom: found.effectiveFrom };
}
