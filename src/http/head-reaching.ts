import type { EventStore } from '../event-store/event-store.port.js';
import { sleep } from '../shared/sleep.js';

/** How often the head is read again while a position is beyond it. */
export const HEAD_POLL_MS = 25;

/**
 * The log head, read again until it reaches `position` or `deadlineMs` (epoch ms) passes; then,
 * if still short and the store offers it, one fresh read of the log. An engine may keep its head
 * in memory, fed by a subscription (EventStoreDB): a write made through another instance reaches
 * this instance's head some milliseconds later, so one early read would call a real position
 * "beyond the log" (issue 14 review).
 */
export async function headReaching(store: EventStore, position: number, deadlineMs: number): Promise<number> {
  let head = await store.headPosition();
  while (position > head && Date.now() < deadlineMs) {
    await sleep(Math.min(HEAD_POLL_MS, Math.max(1, deadlineMs - Date.now())));
    head = await store.headPosition();
  }
  if (position > head && store.freshHeadPosition) head = Math.max(head, await store.freshHeadPosition());
  return head;
}
