import { Inject, Injectable } from '@nestjs/common';
import type { JsonObject } from '../shared/json.js';
import { VIEW_STORE, type ViewPage, type ViewQuery, type ViewStore } from '../view-store/view-store.port.js';
import { POSITION_FIELD } from './batch-applier.js';
import { ProjectionHost } from './projection-host.js';

/** A view document as served: without the position field the runner keeps for idempotent replay. */
export function withoutPosition(doc: JsonObject): JsonObject {
  const { [POSITION_FIELD]: _position, ...rest } = doc;
  return rest;
}

/** Reads a projection's views from the generation currently serving (blue-green aware). */
@Injectable()
export class ViewReader {
  constructor(@Inject(VIEW_STORE) private readonly views: ViewStore, @Inject(ProjectionHost) private readonly runner: ProjectionHost) {}

  async get(projection: string, collection: string, id: string): Promise<JsonObject | null> {
    const doc = await this.views.get(this.runner.collectionFor(projection, collection), id);
    return doc && withoutPosition(doc);
  }

  async find(projection: string, collection: string, query: ViewQuery = {}): Promise<ViewPage> {
    const page = await this.views.find(this.runner.collectionFor(projection, collection), query);
    return { items: page.items.map(withoutPosition), nextCursor: page.nextCursor };
  }

  async count(projection: string, collection: string, filter: ViewQuery['filter'] = {}): Promise<number> {
    return this.views.count(this.runner.collectionFor(projection, collection), filter);
  }
}
