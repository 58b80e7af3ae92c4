import type { DocKey, ProjectionDefinition, ViewDoc } from '../../projections/kernel/projection.js';
import type { StoredEvent } from '../event-store/event-store.port.js';
import type { JsonObject } from '../shared/json.js';
import type { ViewChange, ViewStore } from '../view-store/view-store.port.js';
import { physicalCollection } from './generations.js';
import { toProjectedEvent } from './projected-event.js';

/** Documents keep the position of the last event applied to them: replaying an event changes nothing. */
export const POSITION_FIELD = '_position';

export const docKeyOf = (key: DocKey) => `${key.collection}\u0000${key.id}`;

/** Loads the documents of these keys that the caller does not hold yet (absent ones as null). */
export type DocLoader = (keys: readonly DocKey[]) => Promise<Map<string, ViewDoc | null>>;

/** A batch evolved in memory: the changes to commit, and the documents they write by docKeyOf. */
export interface EvolvedBatch {
  readonly changes: ViewChange[];
  readonly written: ReadonlyMap<string, ViewDoc | null>;
}

/**
 * Evolves one batch of the log in memory: each touched document is loaded once and written once,
 * whatever the number of its events in the batch. Events at or before `after` are skipped (the
 * projection already holds them). If evolve throws, nothing is returned and nothing is written.
 */
export async function evolveBatch(
  projection: ProjectionDefinition,
  generation: number,
  batch: readonly StoredEvent[],
  load: DocLoader,
  handled: ReadonlySet<string> = new Set(projection.handles),
  after = 0,
): Promise<EvolvedBatch> {
  const events = [];
  for (const event of batch) if (event.position > after && handled.has(event.type)) events.push(toProjectedEvent(event));
  const keysByEvent = events.map((event) => projection.keysFor(event));
  const docs = await load(keysByEvent.flat());
  // What each change was computed from: a store may refuse it if the document moved since (issue 14).
  const loadedPositions = new Map<string, number | null>();
  for (const [k, doc] of docs) loadedPositions.set(k, doc ? Number(doc[POSITION_FIELD] ?? 0) : null);
  const dirty = new Map<string, DocKey>();
  events.forEach((event, index) => {
    for (const key of keysByEvent[index]!) {
      const k = docKeyOf(key);
      const current = docs.get(k) ?? null;
      if (current && Number(current[POSITION_FIELD] ?? 0) >= event.position) continue;
      const next = projection.evolve(current, event, key);
      docs.set(k, next === null ? null : { ...next, [POSITION_FIELD]: event.position });
      dirty.set(k, key);
    }
  });
  const written = new Map<string, ViewDoc | null>();
  const changes = [...dirty.entries()].map(([k, key]) => {
    const doc = docs.get(k) ?? null;
    written.set(k, doc);
    return { collection: physicalCollection(key.collection, generation), id: key.id, doc: doc as JsonObject | null, expectedPosition: loadedPositions.get(k) ?? null };
  });
  return { changes, written };
}

/** Reads the documents of `keys` from a generation's collections, one `getMany` per collection. */
export async function loadFromViews(views: ViewStore, generation: number, keys: readonly DocKey[]): Promise<Map<string, ViewDoc | null>> {
  const byCollection = new Map<string, Set<string>>();
  for (const key of keys) {
    let ids = byCollection.get(key.collection);
    if (!ids) byCollection.set(key.collection, (ids = new Set()));
    ids.add(key.id);
  }
  const docs = new Map<string, ViewDoc | null>();
  for (const [collection, ids] of byCollection) {
    const found = await views.getMany(physicalCollection(collection, generation), [...ids]);
    for (const id of ids) docs.set(docKeyOf({ collection, id }), found.get(id) ?? null);
  }
  return docs;
}

/** One batch against the view store, uncached: what the projection tests run. */
export async function applyBatch(
  projection: ProjectionDefinition,
  generation: number,
  views: ViewStore,
  batch: readonly StoredEvent[],
): Promise<ViewChange[]> {
  return (await evolveBatch(projection, generation, batch, (keys) => loadFromViews(views, generation, keys))).changes;
}
