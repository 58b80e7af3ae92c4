import { createHash, hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { CanonicalEventBody } from './canonical-event.js';
import type { StoredEvent, StoredMetadata } from './event-store.port.js';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashInput = Pick<StoredEvent, 'eventId' | 'stream' | 'revision' | 'type' | 'schemaVersion' | 'data'> & {
  readonly metadata: Omit<StoredMetadata, 'hash'>;
};

/**
 * Tamper evidence per stream: SHA-256 over the canonical JSON of the event (id, stream, revision,
 * type, schema version, data) and its metadata without the hash — which holds prevHash, so each
 * event seals the one before it. Changing any stored byte of meaning breaks the chain from there.
 */
export function eventHash(event: HashInput): string {
  const { hash: _omit, ...metadata } = event.metadata as StoredMetadata;
  const body = canonicalJson({
    eventId: event.eventId,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
  });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** eventHash of an event already serialised in parts (chain-new-events.ts): the same hash, the data not serialised again. */
export function eventBodyHash(body: CanonicalEventBody): string {
  return hash('sha256', body.bytes(), 'hex');
}
