import type { AppendResult } from '../../event-store/event-store.port.js';

/**
 * The id a command's events were written with. On an idempotent replay the answer is the first
 * request's, so the id the server generated this time was never used: read it back from the events.
 */
export function writtenId(result: AppendResult, eventType: string, field: string, generated: string): string {
  const value = result.events.find((event) => event.type === eventType)?.data[field];
  return typeof value === 'string' ? value : generated;
}
