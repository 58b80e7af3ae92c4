import { canonicalJson } from './canonical-json.js';
import { CanonicalEventBody, canonicalMembersOf } from './canonical-event.js';
import type { AppendRequest, StoredEvent, StoredMetadata } from './event-store.port.js';
import { eventBodyHash } from './hash-chain.js';
import type { EventSchemaRegistry } from './schema-registry.js';

export interface ChainStart {
  /** Revision of the first new event (the stream's current revision + 1). */
  readonly firstRevision: number;
  /** Global position of the first new event (0 where the engine assigns positions itself). */
  readonly firstPosition: number;
  /** The stream's last hash, or the genesis hash for a new stream. */
  readonly prevHash: string;
  readonly recordedAt: string;
  readonly eventIdFor: (index: number) => string;
}

/**
 * The events of one append as every adapter stores them: the command's metadata stamped with the
 * recorded instant and the idempotency key, each event sealing the one before it (hash chain).
 * `onChained` receives each event with the canonical parts its hash was made from (issue 13: the
 * SQLite writer builds the Merkle leaf from them instead of serialising the event again).
 */
export function chainNewEvents(
  request: AppendRequest,
  schemas: EventSchemaRegistry,
  start: ChainStart,
  onChained?: (event: StoredEvent, body: CanonicalEventBody) => void,
): StoredEvent[] {
  let prevHash = start.prevHash;
  return request.events.map((event, index) => {
    const metadata: Omit<StoredMetadata, 'hash'> = {
      commandId: request.metadata.commandId,
      correlationId: request.metadata.correlationId,
      causationId: request.metadata.causationId ?? null,
      actor: {
        kind: request.metadata.actor.kind, id: request.metadata.actor.id, department: request.metadata.actor.department ?? null,
        ...(request.metadata.actor.user !== undefined ? { user: request.metadata.actor.user } : {}),
      },
      ...(request.metadata.commandType ? { commandType: request.metadata.commandType } : {}),
      idempotencyKey: request.idempotency?.key ?? null,
      recordedAt: start.recordedAt,
      prevHash,
    };
    // The data is serialised once: stored as parsed back from its canonical form, and hashed as that form.
    const dataJson = canonicalJson(event.data);
    const base = {
      eventId: event.eventId ?? start.eventIdFor(index),
      stream: request.stream,
      revision: start.firstRevision + index,
      position: start.firstPosition === 0 ? 0 : start.firstPosition + index,
      type: event.type,
      schemaVersion: event.schemaVersion ?? schemas.currentVersion(event.type),
      data: JSON.parse(dataJson),
    };
    const { data: _data, position: _position, ...described } = base;
    const body = new CanonicalEventBody({ ...canonicalMembersOf(described), data: dataJson }, canonicalMembersOf(metadata));
    const hash = eventBodyHash(body);
    prevHash = hash;
    const stored: StoredEvent = { ...base, metadata: { ...metadata, hash } };
    onChained?.(stored, body);
    return stored;
  });
}
