import type { DocKey, ProjectedEvent, ProjectionDefinition, ViewDoc } from './projection.js';

/**
 * One document of a view as the projection would hold it after these events (a prefix of the log,
 * or of one stream): the projection's own `keysFor` and `evolve`, so a past state of a document is
 * never computed by a second copy of its rules. Used for "as it stood at revision R" answers.
 */
export function replayDoc(projection: ProjectionDefinition, events: readonly ProjectedEvent[], key: DocKey): ViewDoc | null {
  let doc: ViewDoc | null = null;
  for (const event of events) {
    if (!projection.handles.includes(event.type)) continue;
    if (!projection.keysFor(event).some((k) => k.collection === key.collection && k.id === key.id)) continue;
    doc = projection.evolve(doc, event, key);
  }
  return doc;
}
