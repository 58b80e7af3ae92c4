import { canonicalJson } from '../canonical-json.js';
import type { StoredEvent } from '../event-store.port.js';

/**
 * Metadata members that describe the event's place in the tree rather than the event: they are
 * known only once the leaf is hashed, so they can never be part of it (ledger-formats.md).
 */
export const TREE_METADATA_FIELDS: readonly string[] = ['leafIndex', 'treeSize', 'rootHash', 'inclusionProof'];

/**
 * The bytes of an event's leaf (ledger-formats.md): UTF-8 of the canonical JSON of its id, stream,
 * revision, type, schema version, data and stored metadata — the per-stream chain's prevHash and
 * hash included, so the tree seals the chain too — without any tree field. The global position is
 * left out: the leaf index is the position in the tree itself.
 */
export function eventLeafBytes(event: StoredEvent): Buffer {
  const metadata: Record<string, unknown> = { ...event.metadata };
  for (const field of TREE_METADATA_FIELDS) delete metadata[field];
  const body = canonicalJson({
    eventId: event.eventId,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
  });
  return Buffer.from(body, 'utf8');
}
