/**
 * What the data directory already holds. The demo goes only into a log that is empty or holds
 * nothing but the A13 pilot registrations (the service registers those at its first start).
 */
import { departmentStreamName } from '../../domain/department/decider.js';
import { PILOT_DEPARTMENTS } from '../../domain/department/pilot-departments.js';
import type { EventStore } from '../event-store/event-store.port.js';

const PILOT_STREAMS = new Set(PILOT_DEPARTMENTS.map((d) => departmentStreamName(d.id)));

/** Events that are not a pilot registration, counted up to `limit` (enough to refuse). */
export async function foreignEventCount(store: EventStore): Promise<number> {
  const first = await store.readAll(0, PILOT_DEPARTMENTS.length + 1);
  return first.filter((event) => !(event.type === 'DepartmentRegistered' && PILOT_STREAMS.has(event.stream))).length;
}
