import type { DocKey, ProjectionDefinition, ViewDoc } from '../../projections/kernel/projection.js';
import type { StoredEvent } from '../event-store/event-store.port.js';
import type { JsonObject } from '../shared/json.js';
import type { ViewChange, ViewStore } from '../view-store/view-store.port.js';
import { physicalCollection } from './generations.js';
import { toProjectedEvent } from './projected-event.js';

/** Documents keep the position of the last event applied to them: replaying an event changes nothing. */
export const POSITION_FIELD = '_position';

const keyOf = (key: DocKey) => `${key.collection}\u0000${key.id}`;

/**
 * Applies one batch of the log to a projection's documents in memory and returns the changes to
 * commit with the checkpoint. If evolve throws, nothing is returned and nothing is written.
 */
export async function applyBatch(
  projection: ProjectionDefinition,
  generation: number,
  views: ViewStore,
  batch: readonly StoredEvent[],
): Promise<ViewChange[]> {
  const handled = new Set(projection.handles);
  const events = batch.filter((event) => handled.has(event.type)).map(toProjectedEvent);
  const keysByEvent = events.map((event) => projection.keysFor(event));
  const docs = await loadDocs(views, generation, keysByEvent.flat());
  const dirty = new Map<string, DocKey>();
  events.forEach((event, index) => {
    for (const key of keysByEvent[index]!) {
      const current = docs.get(keyOf(key)) ?? null;
      if (current && Number(current[POSITION_FIELD] ?? 0) >= event.position) continue;
      const next = projection.evolve(current, event, key);
      docs.set(keyOf(key), next === null ? null : { ...next, [POSITION_FIELD]: event.position });
      dirty.set(keyOf(key), key);
    }
  });
  return [...dirty.entries()].map(([k, key]) => ({
    collection: physicalCollection(key.collection, generation),
    id: key.id,
    doc: (docs.get(k) ?? null) as JsonObject | null,
  }));
}

async function loadDocs(views: ViewStore, generation: number, keys: readonly DocKey[]): Promise<Map<string, ViewDoc | null>> {
  const byCollection = new Map<string, Set<string>>();
  for (const key of keys) byCollection.set(key.collection, (byCollection.get(key.collection) ?? new Set()).add(key.id));
  const docs = new Map<string, ViewDoc | null>();
  for (const [collection, ids] of byCollection) {
    const found = await views.getMany(physicalCollection(collection, generation), [...ids]);
    for (const id of ids) docs.set(keyOf({ collection, id }), found.get(id) ?? null);
  }
  return docs;
}
