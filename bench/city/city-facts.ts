/**
 * Facts other streams own (an agency's standing, a department's participation), answered from
 * the institutions' states folded once in memory instead of from the log on every step: the
 * demo's DemoFacts reads a stream per question, which a city of a million subjects cannot afford.
 * The answers are the same: every fact is a function of a date, and the institutions' events are
 * all known before the first subject acts.
 */
import { agencyDecider } from '../../domain/agency/decider.js';
import { agencyStandingOn, type AgencyStanding } from '../../domain/agency/standing.js';
import type { AgencyState } from '../../domain/agency/state.js';
import type { AgencyEvent } from '../../domain/agency/events.js';
import { departmentDecider } from '../../domain/department/decider.js';
import type { DepartmentEvent } from '../../domain/department/events.js';
import { participatesInReviewsOn } from '../../domain/department/queries.js';
import type { DepartmentState } from '../../domain/department/state.js';
import { DemoFacts } from '../../src/demo/demo-facts.js';
import type { EventStore, StoredEvent } from '../../src/event-store/event-store.port.js';

const AGENCY_PREFIX = 'agency-';
const DEPARTMENT_PREFIX = 'department-';

export class CityFacts extends DemoFacts {
  private readonly participation = new Map<string, boolean>();

  private constructor(private readonly agencies: ReadonlyMap<string, AgencyState>, private readonly departments: ReadonlyMap<string, DepartmentState>) {
    // Never read: every question DemoFacts asks of the log is answered below.
    super(null as unknown as EventStore);
  }

  /** Folds the agency and department streams among `events` (the institutions' whole log). */
  static fromEvents(events: readonly StoredEvent[]): CityFacts {
    const agencies = new Map<string, AgencyState>();
    const departments = new Map<string, DepartmentState>();
    for (const event of events) {
      const domainEvent = { type: event.type, data: event.data };
      if (event.stream.startsWith(AGENCY_PREFIX)) {
        const id = event.stream.slice(AGENCY_PREFIX.length);
        agencies.set(id, agencyDecider.evolve(agencies.get(id) ?? agencyDecider.initialState, domainEvent as unknown as AgencyEvent));
      } else if (event.stream.startsWith(DEPARTMENT_PREFIX)) {
        const id = event.stream.slice(DEPARTMENT_PREFIX.length);
        departments.set(id, departmentDecider.evolve(departments.get(id) ?? departmentDecider.initialState, domainEvent as unknown as DepartmentEvent));
      }
    }
    return new CityFacts(agencies, departments);
  }

  override async agencyStandingOn(agencyId: string, date: string): Promise<AgencyStanding> {
    return agencyStandingOn(this.agencies.get(agencyId) ?? agencyDecider.initialState, date);
  }

  override async participates(departmentId: string, date: string): Promise<boolean> {
    const key = `${departmentId}@${date}`;
    let answer = this.participation.get(key);
    if (answer === undefined) {
      answer = participatesInReviewsOn(this.departments.get(departmentId) ?? departmentDecider.initialState, date);
      this.participation.set(key, answer);
    }
    return answer;
  }
}
