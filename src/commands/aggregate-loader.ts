import { Inject, Injectable } from '@nestjs/common';
import type { Decider } from '../../domain/kernel/decider.js';
import type { DomainEvent } from '../../domain/kernel/event.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';

/**
 * Folds another aggregate's stream to look up a fact a command needs (an agency's standing on a
 * date, whether a department takes part in reviews…): deciders never load anything themselves.
 */
@Injectable()
export class AggregateLoader {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async load<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string): Promise<{ state: S; revision: number }> {
    const history = await this.events.readStream(stream);
    let state = decider.initialState;
    for (const stored of history) state = decider.evolve(state, { type: stored.type, data: stored.data } as unknown as E);
    return { state, revision: history.length - 1 };
  }
}
