/** Counts of the log's events by type, for the summary the seeder prints. */
import type { EventStore } from '../event-store/event-store.port.js';

export async function countEventsByType(store: EventStore): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const page = 1000;
  for (let after = 0; ; ) {
    const events = await store.readAll(after, page);
    for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    if (events.length < page) break;
    after = events[events.length - 1]!.position;
  }
  return new Map([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function formatCounts(counts: ReadonlyMap<string, number>): string {
  const width = Math.max(...[...counts.keys()].map((type) => type.length), 5);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return [...[...counts.entries()].map(([type, n]) => `${type.padEnd(width)}  ${String(n).padStart(6)}`), `${'total'.padEnd(width)}  ${String(total).padStart(6)}`].join('\n');
}
