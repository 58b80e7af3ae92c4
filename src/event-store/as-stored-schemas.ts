import type { StoredEvent } from './event-store.port.js';
import { EventSchemaRegistry } from './schema-registry.js';

/**
 * A registry that serves every event as stored, at the version it was written: for readers of the
 * bytes the hash chain covers (a migration copies them, an auditor's export is checked against its
 * hashes). Every other reader uses domainEventSchemas(), which upcasts to the current shape.
 */
export class AsStoredSchemas extends EventSchemaRegistry {
  override upcast(event: StoredEvent): StoredEvent {
    return event;
  }
}
