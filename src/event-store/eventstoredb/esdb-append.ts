import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { parseInstantMs, shanghaiIso, type Clock } from '../../shared/clock.js';
import type { AppendRequest, AppendResult, StoredEvent } from '../event-store.port.js';
import { EventStoreError, WrongExpectedRevision } from '../errors.js';
import { expectedMatches } from '../append-validation.js';
import { chainNewEvents } from '../chain-new-events.js';
import { GENESIS_HASH } from '../hash-chain.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { uuidV7 } from '../../shared/uuid-v7.js';
import { readStreamEvents, timedWrite, type ReadContext } from './esdb-reads.js';
import { idempotentEventId } from './mapping/event-ids.js';
import { exactExpectedRevision, fromEsdbCurrentRevision } from './mapping/expected-revision.js';
import { isWrongExpectedVersion, toPortError } from './mapping/errors.js';
import { toEsdbMetadata } from './mapping/metadata.js';

/** How often an append whose caller said `any`/`stream_exists` recomputes its chain after losing a race. */
export const MAX_CHAIN_RETRIES = 5;

export interface AppendContext extends ReadContext {
  readonly client: EventStoreDBClient;
  readonly schemas: EventSchemaRegistry;
  readonly clock: Clock;
  readonly headPosition: () => Promise<number>;
}

/** A stream's head as an append builds on it: its revision (-1: empty) and last event. */
export interface StreamHead {
  readonly actual: number;
  readonly last: StoredEvent | undefined;
}

export async function readHead(ctx: ReadContext, stream: string): Promise<StreamHead> {
  const [last] = await readStreamEvents(ctx, ctx.names.physical(stream), { backwards: true, maxCount: 1 });
  return { actual: last?.revision ?? -1, last };
}

/** The stream as it stood at `revision` (a retry resends at the revision its first attempt used). */
export async function readHeadAt(ctx: ReadContext, stream: string, revision: number): Promise<StreamHead> {
  if (revision < 0) return { actual: -1, last: undefined };
  const [last] = await readStreamEvents(ctx, ctx.names.physical(stream), { fromRevision: revision, maxCount: 1 });
  return last ? { actual: revision, last } : readHead(ctx, stream);
}

/** The server's answer to one append: written, or refused because the stream is no longer at that revision (nothing written). */
export type SendOutcome = { readonly kind: 'written'; readonly result: AppendResult } | { readonly kind: 'refused'; readonly actual: number };

/**
 * Sends the request's events hash-chained onto `head`, with exactly `head.actual` as the expected
 * revision, and reads back the $all positions the server assigned (the reply names only the last).
 * Any error thrown here came after the append was sent (or may have): its outcome is unknown.
 */
export async function sendChained(ctx: AppendContext, request: AppendRequest, head: StreamHead): Promise<SendOutcome> {
  const physical = ctx.names.physical(request.stream);
  const stored = chainEvents(ctx, request, head.actual, head.last);
  try {
    await timedWrite(ctx, ctx.client.appendToStream(physical, stored.map((event) => jsonEvent({
      id: event.eventId, type: event.type, data: event.data, metadata: toEsdbMetadata(event.metadata, event.schemaVersion),
    })), { expectedRevision: exactExpectedRevision(head.actual) }), `an append to ${request.stream}`);
  } catch (error) {
    if (isWrongExpectedVersion(error)) return { kind: 'refused', actual: fromEsdbCurrentRevision(error.actualVersion) };
    throw toPortError(error, { target: ctx.target, stream: request.stream });
  }
  // By id: a resend the server acknowledged as a duplicate reads back the first attempt's events.
  const written = await readStreamEvents(ctx, physical, { fromRevision: head.actual + 1, maxCount: stored.length });
  if (written.length !== stored.length || written.some((event, i) => event.eventId !== stored[i]!.eventId))
    throw new EventStoreError('ESDB_APPEND_NOT_READ_BACK', `stream ${request.stream}: the events just appended at revision ${head.actual + 1} could not be read back`);
  // Other hashes under the same ids: the server kept an earlier attempt's copy (its idempotent-write check).
  const replayed = written.some((event, i) => event.metadata.hash !== stored[i]!.metadata.hash);
  return { kind: 'written', result: { stream: request.stream, revision: head.actual + stored.length, position: written.at(-1)!.position, events: written, replayed } };
}

/**
 * Writes one request to its stream. The hash chain needs the stream's last event, so the adapter
 * reads it (backwards, 1) and then appends with exactly that revision: a concurrent writer makes
 * the server refuse the append, never fork the chain. If the caller's own expectation was a
 * specific revision (or no_stream) that refusal is its WrongExpectedRevision; if it was `any` or
 * `stream_exists` the adapter reads the new head and recomputes the chain (a few times at most).
 */
export async function appendToStream(ctx: AppendContext, request: AppendRequest): Promise<AppendResult> {
  for (let attempt = 0; ; attempt += 1) {
    const head = await readHead(ctx, request.stream);
    if (!expectedMatches(request.expected, head.actual)) throw new WrongExpectedRevision(request.stream, request.expected, head.actual);
    if (request.events.length === 0) return emptyAppend(ctx, request, head);
    const outcome = await sendChained(ctx, request, head);
    if (outcome.kind === 'written') return outcome.result;
    if (!isFlexible(request) || attempt >= MAX_CHAIN_RETRIES) throw new WrongExpectedRevision(request.stream, request.expected, outcome.actual);
  }
}

/** `any` / `stream_exists`: the caller accepts whatever head the stream has, so a lost race is retried on the new head. */
export function isFlexible(request: AppendRequest): boolean {
  return request.expected === 'any' || request.expected === 'stream_exists';
}

export async function emptyAppend(ctx: AppendContext, request: AppendRequest, head: StreamHead): Promise<AppendResult> {
  return { stream: request.stream, revision: head.actual, position: await ctx.headPosition(), events: [], replayed: false };
}

/** The events as they will be stored, hash-chained onto the stream's last event (as SQLite does). */
function chainEvents(ctx: AppendContext, request: AppendRequest, actual: number, last: StoredEvent | undefined): StoredEvent[] {
  // Recorded instants never go backwards along a stream, so asOf reads are consistent.
  const lastMs = last ? parseInstantMs(last.metadata.recordedAt) ?? 0 : 0;
  const recordedAt = shanghaiIso(Math.max(lastMs, ctx.clock.nowMs()));
  return chainNewEvents(request, ctx.schemas, {
    firstRevision: actual + 1,
    firstPosition: 0,
    prevHash: last?.metadata.hash ?? GENESIS_HASH,
    recordedAt,
    eventIdFor: (index) => (request.idempotency ? idempotentEventId(request.idempotency.key, index) : uuidV7()),
  });
}
