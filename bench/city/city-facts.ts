/**
 * Facts other streams own (an agency's standing, a department's participation), answered by the
 * service's own lookups (AgencyFacts, DepartmentFacts) over the institutions' states folded once in
 * memory, instead of from the log on every step: the demo reads a stream per question, which a city
 * of a million subjects cannot afford. The answers are the same: every fact is a function of a date,
 * and the institutions' events are all known before the first subject acts.
 */
import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import { agencyDecider } from '../../domain/agency/decider.js';
import { departmentDecider } from '../../domain/department/decider.js';
import { AggregateLoader } from '../../src/commands/aggregate-loader.js';
import { emptyStream, toDomainEvent, type LoadedState } from '../../src/commands/loaded-state.js';
import type { DemoFacts } from '../../src/demo/demo-facts.js';
import type { EventStore, StoredEvent } from '../../src/event-store/event-store.port.js';
import { AgencyFacts } from '../../src/use-case-support/facts/agency-facts.js';
import { DepartmentFacts } from '../../src/use-case-support/facts/department-facts.js';

const DECIDERS: readonly (readonly [string, Decider<unknown, DomainEvent, unknown>])[] = [
  ['agency-', agencyDecider as unknown as Decider<unknown, DomainEvent, unknown>],
  ['department-', departmentDecider as unknown as Decider<unknown, DomainEvent, unknown>],
];

/** A loader that answers from streams folded in advance; a stream it was not given is empty. */
class FoldedStreams extends AggregateLoader {
  constructor(private readonly states: ReadonlyMap<string, unknown>) {
    // Never read: every stream asked for was folded in advance.
    super(null as unknown as EventStore);
  }

  override async load<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string): Promise<LoadedState<S>> {
    const state = this.states.get(stream) as S | undefined;
    return state === undefined ? emptyStream(decider.initialState) : { ...emptyStream(state), revision: 0 };
  }
}

export class CityFacts implements DemoFacts {
  readonly agencies: AgencyFacts;
  readonly departments: Pick<DepartmentFacts, 'participatesOn'>;

  private constructor(states: ReadonlyMap<string, unknown>) {
    const loader = new FoldedStreams(states);
    this.agencies = new AgencyFacts(loader);
    const departments = new DepartmentFacts(loader);
    // Every subject asks the same few departments about the same days: answer each once.
    const participation = new Map<string, Promise<boolean>>();
    this.departments = {
      participatesOn: (departmentId, date) => {
        const key = `${departmentId}@${date}`;
        let answer = participation.get(key);
        if (answer === undefined) participation.set(key, (answer = departments.participatesOn(departmentId, date)));
        return answer;
      },
    };
  }

  /** Folds the agency and department streams among `events` (the institutions' whole log). */
  static fromEvents(events: readonly StoredEvent[]): CityFacts {
    const states = new Map<string, unknown>();
    for (const event of events) {
      const decider = DECIDERS.find(([prefix]) => event.stream.startsWith(prefix))?.[1];
      if (decider) states.set(event.stream, decider.evolve(states.get(event.stream) ?? decider.initialState, toDomainEvent(event)));
    }
    return new CityFacts(states);
  }
}
