import { Inject, Injectable } from '@nestjs/common';
import { agencyDecider, agencyStreamName } from '../../../../domain/agency/decider.js';
import type { AgencyBreachRecorded, AgencyEvent } from '../../../../domain/agency/events.js';
import { fold } from '../../../../domain/kernel/decider.js';
import { toDomainEvent } from '../../../commands/loaded-state.js';
import { EVENT_STORE, type EventStore } from '../../../event-store/event-store.port.js';
import { ProjectionRunner } from '../../../projections/projection-runner.js';
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
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
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
    const events = (await this.events.readStream(stream)).map((stored) => toDomainEvent<AgencyEvent>(stored));
    const state = fold(agencyDecider, events);
    const breaches = events.filter((event): event is AgencyBreachRecorded => event.type === 'AgencyBreachRecorded');
    return state.status === 'filed' ? agencyRecord(state, breaches, today) : null;
  }

  private today(): string {
    return shanghaiIso(this.clock.nowMs()).slice(0, 10);
  }
}
