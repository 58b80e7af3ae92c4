import { Inject, Injectable } from '@nestjs/common';
import type { AgencyRegistryDoc } from '../../../../projections/agency-registry/agency-registry.doc.js';
import { asAgencyState } from '../../../../projections/agency-registry/agency-status.js';
import { ProjectionHost } from '../../../projections/projection-host.js';
import { LISTS } from '../../../use-case-support/lists/list-queries.js';
import { ListReader } from '../../../use-case-support/lists/list-reader.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { shanghaiToday } from '../../../shared/shanghai-today.js';
import { VIEW_STORE, type ViewStore } from '../../../view-store/view-store.port.js';
import { agencyRecord, type AgencyRecord } from './agency-record.js';

/**
 * The registry read from the agency-registry view, a page at a time by id (keyset). The view stores
 * the dates that decide an agency's standing; the standing on today is computed here from them (A20, A26).
 */
@Injectable()
export class AgencyRegistryReader {
  private readonly lists: ListReader;

  constructor(@Inject(VIEW_STORE) views: ViewStore, @Inject(ProjectionHost) runner: ProjectionHost, @Inject(CLOCK) private readonly clock: Clock) {
    this.lists = new ListReader(views, runner);
  }

  async one(agencyId: string): Promise<AgencyRecord | null> {
    const doc = await this.lists.get('agency-registry', 'agencies', agencyId);
    return doc && this.record(doc as unknown as AgencyRegistryDoc, this.today());
  }

  async page(limit: number, cursor: string | null): Promise<{ items: AgencyRecord[]; nextCursor: string | null }> {
    const today = this.today();
    const page = await this.lists.page(LISTS.agencies({ limit, cursor }));
    return { items: page.items.map((doc) => this.record(doc as unknown as AgencyRegistryDoc, today)), nextCursor: page.nextCursor };
  }

  private record(doc: AgencyRegistryDoc, today: string): AgencyRecord {
    return agencyRecord(asAgencyState(doc), doc.breaches, today);
  }

  private today(): string {
    return shanghaiToday(this.clock);
  }
}
