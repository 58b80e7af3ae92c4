import type { AppendResult } from '../event-store/event-store.port.js';

/**
 * What a command's events were written with. A retried Idempotency-Key answers the first append,
 * so ids and deadlines are read back from its events, never from values generated for the retry.
 */

/** The data of the first event written (or of the first of `eventType`); empty when there is none. */
export function writtenData(result: AppendResult, eventType?: string): Record<string, unknown> {
  const event = eventType === undefined ? result.events[0] : result.events.find((written) => written.type === eventType);
  return (event?.data ?? {}) as Record<string, unknown>;
}

/** The string `field` of the first event of `eventType` written, or `generated` when absent. */
export function writtenId(result: AppendResult, eventType: string, field: string, generated: string): string {
  const value = writtenData(result, eventType)[field];
  return typeof value === 'string' ? value : generated;
}
