import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';

/** One document per event plus a running total: any double or missed application shows. */
export const countingProjection: ProjectionDefinition = {
  name: 'counting',
  version: 1,
  handles: ['ThingHappened'],
  collections: [{ name: 'seen', indexes: [] }, { name: 'totals', indexes: [] }],
  keysFor: (event) => [{ collection: 'seen', id: String(event.position) }, { collection: 'totals', id: 'all' }],
  evolve: (doc, event, key) => (key.collection === 'seen' ? { position: event.position } : { count: Number(doc?.count ?? 0) + 1 }),
};
