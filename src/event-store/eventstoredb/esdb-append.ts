import { jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { parseInstantMs, shanghaiIso, type Clock } from '../../shared/clock.js';
import type { AppendRequest, AppendResult, StoredEvent } from '../event-store.port.js';
import { AppendOutcomeUnknown, EventStoreError, WrongExpectedRevision } from '../errors.js';
import { expectedMatches } from '../append-validation.js';
import { chainNewEvents } from '../chain-new-events.js';
import { GENESIS_HASH } from '../hash-chain.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { uuidV7 } from '../../shared/uuid-v7.js';
import { appendOptions, readStreamEvents, timedWrite, type ReadContext } from './esdb-reads.js';
import { checkAppendSize, resolveSentAppend } from './append-outcome.js';
import { idempotentEventId } from './mapping/event-ids.js';
import { exactExpectedRevision, fromEsdbCurrentRevision } from './mapping/expected-revision.js';
import { isDefiniteRefusal, isWrongExpectedVersion, toPortError } from './mapping/errors.js';
import { toEsdbMetadata } from './mapping/metadata.js';

/** How often an append whose caller said `any`/`stream_exists` recomputes its chain after losing a race. */
export const MAX_CHAIN_RETRIES = 5;

export interface AppendContext extends ReadContext {
  readonly client: EventStoreDBClient;
  readonly schemas: EventSchemaRegistry;
  readonly clock: Clock;
  readonly headPosition: () => Promise<number>;
  /** The largest append sent (bytes, appendSizeBytes): the server's MaxAppendSize, EVENTSTORE_MAX_APPEND_BYTES. */
  readonly maxAppendBytes: number;
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
 * An append too large for the server is refused before sending (InvalidAppend, 400). A definite
 * refusal from the server (stream deleted, access denied, too large) throws its typed error:
 * nothing was written. Any other failure after sending (our deadline, the server's batch-append
 * timeout, the shared batch-append stream failing, UNAVAILABLE/CANCELLED) is never answered as
 * "unavailable" while the events may have landed (issue 14, item 1): the stream is read back at
 * E+1 and our ids looked for (append-outcome.ts) — landed: written; another writer's events: refused;
 * not there: the very same events (same ids, same E) are resent once. Still unresolved, or the read
 * fails: AppendOutcomeUnknown (503, retrying with the same Idempotency-Key is safe). Never a duplicate.
 */
export async function sendChained(ctx: AppendContext, request: AppendRequest, head: StreamHead): Promise<SendOutcome> {
  const physical = ctx.names.physical(request.stream);
  const stored = chainEvents(ctx, request, head.actual, head.last);
  checkAppendSize(stored, ctx.maxAppendBytes);
  const keyed = request.idempotency !== undefined;
  for (let resent = 0; ; resent += 1) {
    let failure: unknown;
    try {
      await timedWrite(ctx, ctx.client.appendToStream(physical, stored.map((event) => jsonEvent({
        id: event.eventId, type: event.type, data: event.data, metadata: toEsdbMetadata(event.metadata, event.schemaVersion),
      })), appendOptions(ctx, exactExpectedRevision(head.actual))), `an append to ${request.stream}`);
    } catch (error) {
      if (isWrongExpectedVersion(error)) return { kind: 'refused', actual: fromEsdbCurrentRevision(error.actualVersion) };
      if (isDefiniteRefusal(error)) throw toPortError(error, { target: ctx.target, stream: request.stream });
      failure = error;
    }
    if (failure === undefined) return { kind: 'written', result: await readBackWritten(ctx, request, stored, head.actual) };
    const found = await resolveSentAppend(ctx, request.stream, stored, head.actual, failure, keyed);
    if (found.kind === 'landed') return { kind: 'written', result: writtenResult(request, stored, found.events) };
    if (found.kind === 'moved') return { kind: 'refused', actual: found.actual };
    if (resent >= 1)
      throw new AppendOutcomeUnknown(request.stream, 'sent twice, each answer lost, and the events are not (yet) in the stream', toPortError(failure, { target: ctx.target }), keyed);
  }
}

/** After a confirmed write: the events as stored, by id (a resend the server acknowledged as a duplicate reads back the first attempt's). */
async function readBackWritten(ctx: AppendContext, request: AppendRequest, stored: readonly StoredEvent[], expected: number): Promise<AppendResult> {
  let written: StoredEvent[];
  try {
    written = await readStreamEvents(ctx, ctx.names.physical(request.stream), { fromRevision: expected + 1, maxCount: stored.length, requiresLeader: true });
  } catch (error) {
    // Written, but the answer cannot be built: the caller must not take it for "nothing written".
    throw new AppendOutcomeUnknown(request.stream, 'the server confirmed the write but the events could not be read back', error, request.idempotency !== undefined);
  }
  if (written.length !== stored.length || written.some((event, i) => event.eventId !== stored[i]!.eventId))
    throw new EventStoreError('ESDB_APPEND_NOT_READ_BACK', `stream ${request.stream}: the events just appended at revision ${expected + 1} could not be read back`);
  return writtenResult(request, stored, written);
}

function writtenResult(request: AppendRequest, stored: readonly StoredEvent[], written: StoredEvent[]): AppendResult {
  // Other hashes under the same ids: the server kept an earlier attempt's copy (its idempotent-write check).
  const replayed = written.some((event, i) => event.metadata.hash !== stored[i]!.metadata.hash);
  return { stream: request.stream, revision: written.at(-1)!.revision, position: written.at(-1)!.position, events: written, replayed };
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
