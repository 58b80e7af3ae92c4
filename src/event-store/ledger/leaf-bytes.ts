import { canonicalJson } from '../canonical-json.js';
import type { CanonicalEventBody } from '../canonical-event.js';
import type { StoredEvent } from '../event-store.port.js';
import { leafHashOfParts } from './merkle-hash.js';

/**
 * The bytes of an event's leaf (ledger-formats.md): UTF-8 of the canonical JSON of its id, stream,
 * revision, type, schema version, data and stored metadata — the per-stream chain's prevHash and
 * hash included, so the tree seals the chain too. The global position is left out: the leaf index
 * is the position in the tree itself.
 */
export function eventLeafBytes(event: StoredEvent): Buffer {
  // The stored metadata exactly as stored, as the offline verifier and the console recompute it
  // (no tree field is ever stored in an event: the leaf index is the event's place in the log).
  const { metadata } = event;
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

/**
 * The leaf hash of an event just chained, from the canonical parts its chain hash was made from
 * (chain-new-events.ts) and that hash: the leaf of the same bytes as eventLeafBytes — the chain's
 * body with the hash among the metadata — without serialising or encoding the event a second time.
 */
export function leafHashOfChainedBody(body: CanonicalEventBody, hash: string): Buffer {
  return leafHashOfParts(body.bytesWithMetadata('hash', JSON.stringify(hash)));
}
