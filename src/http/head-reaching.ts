import type { EventStore } from '../event-store/event-store.port.js';

/**
 * The log head as far as `position` needs it: this instance's head, and when the position is beyond
 * it and the store keeps its head in memory (EventStoreDB: pushed by a subscription, so a write made
 * through another instance arrives a little later), one fresh read of the log. A store without a
 * fresh read (SQLite) reads its head from the log itself: a position beyond it is beyond the log,
 * answered at once — a bogus header never holds a request for the views' wait (issue 14 review).
 */
export async function headReaching(store: EventStore, position: number): Promise<number> {
  const head = await store.headPosition();
  if (position <= head || !store.freshHeadPosition) return head;
  return Math.max(head, await store.freshHeadPosition());
}
