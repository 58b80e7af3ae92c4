import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { parseInstantMs, shanghaiIso, type Clock } from '../../shared/clock.js';
import { canonicalJson } from '../canonical-json.js';
import type { AppendRequest, AppendResult, StoredEvent, StoredMetadata } from '../event-store.port.js';
import { EventStoreError, WrongExpectedRevision } from '../errors.js';
import { expectedMatches } from '../append-validation.js';
import { GENESIS_HASH, eventHash } from '../hash-chain.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { uuidV7 } from '../../shared/uuid-v7.js';
import { readStreamEvents, type ReadContext } from './esdb-reads.js';
import { idempotentEventId } from './mapping/event-ids.js';
import { exactExpectedRevision, fromEsdbCurrentRevision } from './mapping/expected-revision.js';
import { isWrongExpectedVersion, toPortError } from './mapping/errors.js';
import { toEsdbMetadata } from './mapping/metadata.js';

/** How often an append whose caller said `any`/`stream_exists` recomputes its chain after losing a race. */
const MAX_CHAIN_RETRIES = 5;

export interface AppendContext extends ReadContext {
  readonly client: EventStoreDBClient;
  readonly schemas: EventSchemaRegistry;
  readonly clock: Clock;
  readonly headPosition: () => Promise<number>;
}

/**
 * Writes one request to its stream. The hash chain needs the stream's last event, so the adapter
 * reads it (backwards, 1) and then appends with exactly that revision: a concurrent writer makes
 * the server refuse the append, never fork the chain. If the caller's own expectation was a
 * specific revision (or no_stream) that refusal is its WrongExpectedRevision; if it was `any` or
 * `stream_exists` the adapter reads the new head and recomputes the chain (a few times at most).
 */
export async function appendToStream(ctx: AppendContext, request: AppendRequest): Promise<AppendResult> {
  const physical = ctx.names.physical(request.stream);
  const flexible = request.expected === 'any' || request.expected === 'stream_exists';
  for (let attempt = 0; ; attempt += 1) {
    const [last] = await readStreamEvents(ctx, physical, { backwards: true, maxCount: 1 });
    const actual = last?.revision ?? -1;
    if (!expectedMatches(request.expected, actual)) throw new WrongExpectedRevision(request.stream, request.expected, actual);
    if (request.events.length === 0) return { stream: request.stream, revision: actual, position: await ctx.headPosition(), events: [], replayed: false };
    const stored = chainEvents(ctx, request, actual, last);
    try {
      await ctx.client.appendToStream(physical, stored.map((event) => jsonEvent({
        id: event.eventId, type: event.type, data: event.data, metadata: toEsdbMetadata(event.metadata, event.schemaVersion),
      })), { expectedRevision: exactExpectedRevision(actual) });
    } catch (error) {
      if (!isWrongExpectedVersion(error)) throw toPortError(error, { target: ctx.target, stream: request.stream });
      if (flexible && attempt < MAX_CHAIN_RETRIES) continue;
      throw new WrongExpectedRevision(request.stream, request.expected, fromEsdbCurrentRevision(error.actualVersion));
    }
    // Read back for the $all positions the server assigned (the append reply names only the last).
    const written = await readStreamEvents(ctx, physical, { fromRevision: actual + 1, maxCount: stored.length });
    if (written.length !== stored.length || written.some((event, i) => event.eventId !== stored[i]!.eventId))
      throw new EventStoreError('ESDB_APPEND_NOT_READ_BACK', `stream ${request.stream}: the events just appended at revision ${actual + 1} could not be read back`);
    return { stream: request.stream, revision: actual + stored.length, position: written.at(-1)!.position, events: written, replayed: false };
  }
}

/** The events as they will be stored, hash-chained onto the stream's last event (as SQLite does). */
function chainEvents(ctx: AppendContext, request: AppendRequest, actual: number, last: StoredEvent | undefined): StoredEvent[] {
  // Recorded instants never go backwards along a stream, so asOf reads are consistent.
  const lastMs = last ? parseInstantMs(last.metadata.recordedAt) ?? 0 : 0;
  const recordedAt = shanghaiIso(Math.max(lastMs, ctx.clock.nowMs()));
  let prevHash = last?.metadata.hash ?? GENESIS_HASH;
  return request.events.map((event, index) => {
    const metadata: Omit<StoredMetadata, 'hash'> = {
      commandId: request.metadata.commandId,
      correlationId: request.metadata.correlationId,
      causationId: request.metadata.causationId ?? null,
      actor: { kind: request.metadata.actor.kind, id: request.metadata.actor.id, department: request.metadata.actor.department ?? null },
      ...(request.metadata.commandType ? { commandType: request.metadata.commandType } : {}),
      idempotencyKey: request.idempotency?.key ?? null,
      recordedAt,
      prevHash,
    };
    const base = {
      eventId: event.eventId ?? (request.idempotency ? idempotentEventId(request.idempotency.key, index) : uuidV7()),
      stream: request.stream,
      revision: actual + 1 + index,
      position: 0,
      type: event.type,
      schemaVersion: event.schemaVersion ?? ctx.schemas.currentVersion(event.type),
      data: JSON.parse(canonicalJson(event.data)),
    };
    const hash = eventHash({ ...base, metadata });
    prevHash = hash;
    return { ...base, metadata: { ...metadata, hash } };
  });
}
