import type { AppendResult } from '../../event-store/event-store.port.js';

/**
 * The data of the first event a command wrote. A retried Idempotency-Key answers the first
 * append, so ids and deadlines are read back from it, never from values generated for the retry.
 */
export function writtenData(result: AppendResult): Record<string, unknown> {
  return (result.events[0]?.data ?? {}) as Record<string, unknown>;
}
