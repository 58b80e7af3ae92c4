import { AGENCY_EVENT_CATALOGUE } from '../../domain/agency/events.js';
import { DEPARTMENT_EVENT_CATALOGUE } from '../../domain/department/events.js';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import type { ProjectionDefinition } from '../kernel/projection.js';

/**
 * The auditor's index of the log: one document per stream with its category, the type of its
 * first event and when it was opened. Written once per stream (at revision 0): where a stream
 * stands now is the log's own answer (its head), so this view costs nothing per later event.
 */
export const streamCatalogueProjection: ProjectionDefinition = {
  name: 'stream-catalogue',
  version: 2,
  handles: [...SUBJECT_EVENT_CATALOGUE, ...AGENCY_EVENT_CATALOGUE, ...DEPARTMENT_EVENT_CATALOGUE].map((spec) => spec.type),
  collections: [{ name: 'streams', indexes: ['category', 'firstRecordedAt'] }],
  keysFor: (event) => (event.revision === 0 ? [{ collection: 'streams', id: event.stream }] : []),
  evolve: (doc, event) => doc ?? {
    stream: event.stream,
    category: event.stream.slice(0, event.stream.indexOf('-')),
    firstType: event.type,
    firstRecordedAt: event.recordedAt,
  },
};
