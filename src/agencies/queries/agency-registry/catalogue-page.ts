import type { ProjectionHost } from '../../../projections/projection-host.js';
import type { ViewStore } from '../../../view-store/view-store.port.js';

export interface StreamPage {
  readonly streams: readonly string[];
  readonly nextCursor: string | null;
}

/**
 * The streams of one category (`agency`, `department`) from the stream catalogue view, a page at
 * a time. The records themselves are then folded from their streams.
 */
export async function streamsOfCategory(runner: ProjectionHost, views: ViewStore, category: string, limit: number, cursor: string | null): Promise<StreamPage> {
  const collection = runner.collectionFor('stream-catalogue', 'streams');
  const page = await views.find(collection, { filter: { category }, limit, cursor });
  return { streams: page.items.map((doc) => String(doc.stream)), nextCursor: page.nextCursor };
}
