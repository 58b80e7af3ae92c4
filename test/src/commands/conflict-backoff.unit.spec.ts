import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { backoffMs, CONFLICT_BUDGET, withinBudget } from '../../../src/commands/conflict-backoff.js';

describe('conflict backoff: full jitter, exponential, capped, within a budget', () => {
  const budget = { attempts: 5, totalMs: 1000, baseMs: 2, capMs: 100 };

  it('waits somewhere in [0, min(cap, base·2^attempt)) for any random draw', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
      const wait = backoffMs(budget, attempt, random);
      expect(wait).toBeGreaterThanOrEqual(0);
      expect(wait).toBeLessThan(Math.min(100, 2 * 2 ** attempt));
    }));
    expect(backoffMs(budget, 1, 0.99)).toBe(3);
    expect(backoffMs(budget, 3, 0.5)).toBe(8);
    expect(backoffMs(budget, 10, 0.5)).toBe(50);
  });

  it('stops at the attempt bound and at the time bound, whichever comes first', () => {
    expect(withinBudget(budget, 4, 0, 10)).toBe(true);
    expect(withinBudget(budget, 5, 0, 10)).toBe(false);
    expect(withinBudget(budget, 1, 995, 10)).toBe(false);
    expect(withinBudget(budget, 1, 990, 10)).toBe(true);
  });

  it('the app\'s budget allows many attempts within seconds, not minutes', () => {
    expect(CONFLICT_BUDGET.attempts).toBeGreaterThanOrEqual(32);
    expect(CONFLICT_BUDGET.totalMs).toBeLessThanOrEqual(15_000);
  });
});
