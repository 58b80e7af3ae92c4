import type { ProjectedEvent } from '../../projections/kernel/projection.js';
import type { StoredEvent } from '../event-store/event-store.port.js';

export function toProjectedEvent(event: StoredEvent): ProjectedEvent {
  return {
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    recordedAt: event.metadata.recordedAt,
    actor: event.metadata.actor,
  };
}
