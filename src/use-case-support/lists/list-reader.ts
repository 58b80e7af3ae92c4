import { Inject, Injectable } from '@nestjs/common';
import { ProjectionHost } from '../../projections/projection-host.js';
import { withoutPosition } from '../../projections/view-reader.js';
import type { JsonObject } from '../../shared/json.js';
import { VIEW_STORE, type ViewPage, type ViewStore } from '../../view-store/view-store.port.js';
import type { ListQuery } from './list-queries.js';

/**
 * Runs the lists of list-queries.ts on the generation currently serving (blue-green aware), and
 * fetches the documents a page refers to in one call per view (`getMany`), so a page costs a fixed
 * number of store calls whatever its size.
 */
@Injectable()
export class ListReader {
  constructor(@Inject(VIEW_STORE) private readonly views: ViewStore, @Inject(ProjectionHost) private readonly runner: ProjectionHost) {}

  async page(list: ListQuery): Promise<ViewPage> {
    const page = await this.views.find(this.runner.collectionFor(list.projection, list.collection), list.query);
    return { items: page.items.map(withoutPosition), nextCursor: page.nextCursor };
  }

  async count(list: ListQuery): Promise<number> {
    return this.views.count(this.runner.collectionFor(list.projection, list.collection), list.query.filter ?? {});
  }

  async get(projection: string, collection: string, id: string): Promise<JsonObject | null> {
    const doc = await this.views.get(this.runner.collectionFor(projection, collection), id);
    return doc && withoutPosition(doc);
  }

  async getMany(projection: string, collection: string, ids: Iterable<string>): Promise<Map<string, JsonObject>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const found = await this.views.getMany(this.runner.collectionFor(projection, collection), unique);
    return new Map([...found].map(([id, doc]) => [id, withoutPosition(doc)]));
  }
}
