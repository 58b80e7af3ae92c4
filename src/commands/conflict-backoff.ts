/**
 * How long a command waits before it tries again after a concurrency conflict: full-jitter
 * exponential backoff (a random wait in [0, min(cap, base·2^attempt))), so writers that collided
 * spread out instead of colliding again in step. The budget bounds both the attempts and the total
 * time; past it the conflict reaches the client (409). Sized so 64 writers on one stream all land.
 */
export interface ConflictBudget {
  readonly attempts: number;
  readonly totalMs: number;
  readonly baseMs: number;
  readonly capMs: number;
}

export const CONFLICT_BUDGET: ConflictBudget = { attempts: 40, totalMs: 10_000, baseMs: 2, capMs: 200 };

/** Optional DI token: tests give the executor a smaller budget. */
export const CONFLICT_BUDGET_TOKEN = Symbol('ConflictBudget');

/** The wait before attempt `attempt + 1` (attempt ≥ 1); `random` is in [0, 1). */
export function backoffMs(budget: ConflictBudget, attempt: number, random: number): number {
  const ceiling = Math.min(budget.capMs, budget.baseMs * 2 ** Math.min(attempt, 20));
  return Math.floor(random * ceiling);
}

/** May a command that has made `attempts` attempts, the first `elapsedMs` ago, try again after waiting `waitMs`? */
export function withinBudget(budget: ConflictBudget, attempts: number, elapsedMs: number, waitMs: number): boolean {
  return attempts < budget.attempts && elapsedMs + waitMs <= budget.totalMs;
}
