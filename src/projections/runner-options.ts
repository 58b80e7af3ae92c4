import type { LeaseOptions } from './lease-keeper.js';

export interface RunnerOptions {
  /** Most events read, evolved and committed as one batch. */
  readonly batchSize?: number;
  /** Most documents each projection keeps in memory between batches (least recently used go first). */
  readonly cacheSize?: number;
  readonly retryMs?: number;
  /** After a swap, how long the old generation stays before it is dropped (readers on another thread switch meanwhile). */
  readonly dropGraceMs?: number;
  readonly log?: (message: string) => void;
  /**
   * On engines that count lag (EventStore.countAfter), counting stops here: a larger lag reads as
   * this number. Keep it above READY_MAX_LAG (readiness compares the two).
   */
  readonly lagCountLimit?: number;
  /**
   * Several instances on one view store (issue 14): a projection runs here only while this instance
   * holds its lease (`projection:<name>`), and every write of it is fenced by the lease's epoch.
   * Without this option the runner assumes it is the only writer (the CLI, tests, a single service).
   */
  readonly leases?: LeaseOptions;
}

/** The lease that decides which instance runs a projection. */
export const projectionLease = (projection: string) => `projection:${projection}`;

/** Events per batch: large enough that a commit's fixed cost is shared, small enough to keep HTTP answering between batches. */
export const DEFAULT_BATCH_SIZE = 2000;
/** Documents per projection kept between batches. */
export const DEFAULT_CACHE_SIZE = 20_000;

/** Default lagCountLimit: well above READY_MAX_LAG's default (1000), small enough to count on each readiness probe. */
export const DEFAULT_LAG_COUNT_LIMIT = 10_001;
