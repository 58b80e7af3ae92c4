import { AGENCY_EVENT_CATALOGUE } from '../../domain/agency/events.js';
import { DEPARTMENT_EVENT_CATALOGUE } from '../../domain/department/events.js';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import type { ProjectionDefinition } from '../kernel/projection.js';

/**
 * The auditor's index of the log: one document per stream with its category, current revision and
 * the first and last time it was written. (The events themselves are read from the log.)
 */
export const streamCatalogueProjection: ProjectionDefinition = {
  name: 'stream-catalogue',
  version: 1,
  handles: [...SUBJECT_EVENT_CATALOGUE, ...AGENCY_EVENT_CATALOGUE, ...DEPARTMENT_EVENT_CATALOGUE].map((spec) => spec.type),
  collections: [{ name: 'streams', indexes: ['category', 'lastRecordedAt'] }],
  keysFor: (event) => [{ collection: 'streams', id: event.stream }],
  evolve: (doc, event) => ({
    stream: event.stream,
    category: event.stream.slice(0, event.stream.indexOf('-')),
    revision: event.revision,
    events: Number(doc?.events ?? 0) + 1,
    lastType: event.type,
    firstRecordedAt: doc?.firstRecordedAt ?? event.recordedAt,
    lastRecordedAt: event.recordedAt,
  }),
};
