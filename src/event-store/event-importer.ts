import { EventStoreError } from './errors.js';
import type { EventStore, StoredEvent } from './event-store.port.js';

/** Where an import stands in the target: its last event as the target stores it, or null when the target is empty. */
export interface ImportHead {
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly hash: string;
}

/**
 * The narrow write path of a migration between engines, beside the port's append: events go in
 * exactly as they were stored elsewhere — same ids, revisions, metadata, recordedAt, prevHash and
 * hash — because append would stamp a new recordedAt and recompute the chain. Only positions are
 * the target's own. Events must come in the source's global order; each must be the next revision
 * of its stream in the target (a gap or a repeat is refused, nothing of that call is written).
 * Not for the service: only the `migrate` CLI uses it.
 */
export interface EventImporter {
  importEvents(events: readonly StoredEvent[]): Promise<void>;
  /** The last event in the target's global order: where a resumed migration continues from. */
  lastImported(): Promise<ImportHead | null>;
}

export function isEventImporter(store: EventStore): store is EventStore & EventImporter {
  const candidate = store as Partial<EventImporter>;
  return typeof candidate.importEvents === 'function' && typeof candidate.lastImported === 'function';
}

/** An imported event that does not continue its stream in the target: the import is out of order or the target holds other data. */
export class ImportOutOfOrder extends EventStoreError {
  constructor(readonly stream: string, readonly revision: number, reason: string) {
    super('IMPORT_OUT_OF_ORDER', `cannot import ${stream} revision ${revision}: ${reason}`, { stream, revision });
  }
}
