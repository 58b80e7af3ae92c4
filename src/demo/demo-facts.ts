/**
 * Facts other streams own, looked up when a step runs by the service's own lookups: an agency's
 * standing on a date (A20, A26) and a department's participation (A13).
 */
import { AggregateLoader } from '../commands/aggregate-loader.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { AgencyFacts } from '../use-case-support/facts/agency-facts.js';
import { DepartmentFacts } from '../use-case-support/facts/department-facts.js';

/** The facts a demo step asks: the service's lookups, or answers from memory with the same result (the city benchmark). */
export interface DemoFacts {
  readonly agencies: Pick<AgencyFacts, 'standingOn' | 'exitedForMisconduct'>;
  readonly departments: Pick<DepartmentFacts, 'participatesOn'>;
}

/** The service's facts lookups over `store`, each folding the stream it asks about. */
export function storeFacts(store: EventStore): DemoFacts {
  const loader = new AggregateLoader(store);
  return { agencies: new AgencyFacts(loader), departments: new DepartmentFacts(loader) };
}
