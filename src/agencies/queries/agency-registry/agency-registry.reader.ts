import { Inject, Injectable } from '@nestjs/common';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import type { AgencyBreachRecorded, AgencyEvent } from '../../../../domain/agency/events.js';
import type { AgencyState } from '../../../../domain/agency/state.js';
import { EVENT_STORE, type EventStore } from '../../../event-store/event-store.port.js';
import { ProjectionHost } from '../../../projections/projection-host.js';
import { CLOCK, shanghaiIso, type Clock } from '../../../shared/clock.js';
import { VIEW_STORE, type ViewStore } from '../../../view-store/view-store.port.js';
import { agencyRecord, type AgencyRecord } from './agency-record.js';
import { streamsOfCategory } from './catalogue-page.js';

/**
 * The registry read by folding each agency's stream (the agency-registry view is not in place
 * yet); the list of agencies comes from the stream catalogue view.
 */
@Injectable()
export class AgencyRegistryReader {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(VIEW_STORE) private readonly views: ViewStore,
    @Inject(ProjectionHost) private readonly runner: ProjectionHost,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async one(agencyId: string): Promise<AgencyRecord | null> {
    return this.fold(agencyStreamName(agencyId), this.today());
  }

  async page(limit: number, cursor: string | null): Promise<{ items: AgencyRecord[]; nextCursor: string | null }> {
    const today = this.today();
    const { streams, nextCursor } = await streamsOfCategory(this.runner, this.views, 'agency', limit, cursor);
    const records = await Promise.all(streams.map((stream) => this.fold(stream, today)));
    return { items: records.filter((record): record is AgencyRecord => record !== null), nextCursor };
  }

  private async fold(stream: string, today: string): Promise<AgencyRecord | null> {
    let state: AgencyState = agencyDecider.initialState;
    const breaches: AgencyBreachRecorded[] = [];
    for (const stored of await this.events.readStream(stream)) {
      const event = { type: stored.type, data: stored.data } as unknown as AgencyEvent;
      state = agencyDecider.evolve(state, event);
      if (event.type === 'AgencyBreachRecorded') breaches.push(event);
    }
    return state.status === 'filed' ? agencyRecord(state, breaches, today) : null;
  }

  private today(): string {
    return shanghaiIso(this.clock.nowMs()).slice(0, 10);
  }
}
