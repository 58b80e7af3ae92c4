import {
  BACKWARDS, END, FORWARDS,
  type AllStreamResolvedEvent, type AppendExpectedRevision, type EventStoreDBClient, type ReadPosition, type ResolvedEvent,
} from '@eventstore/db-client';
import type { JsonObject } from '../../shared/json.js';
import type { StoredEvent } from '../event-store.port.js';
import { isStreamNotFound, toPortError } from './mapping/errors.js';
import { MalformedEsdbEvent, fromEsdbMetadata } from './mapping/metadata.js';
import { toOurPosition } from './mapping/positions.js';
import { readWithDeadline, silentServer, withDeadline, type CancellableRead } from './deadline.js';
import type { StreamNames } from './mapping/stream-names.js';

/** One resolved ESDB event as ours (as stored, before upcasting), or null when it is not ours. */
export function toStoredEvent(resolved: ResolvedEvent | AllStreamResolvedEvent, names: StreamNames): StoredEvent | null {
  const recorded = resolved.event;
  if (!recorded) return null;
  const stream = names.logical(recorded.streamId);
  if (stream === null) return null;
  const where = `${recorded.streamId}@${recorded.revision}`;
  if (!recorded.isJson || !recorded.data || typeof recorded.data !== 'object' || Array.isArray(recorded.data))
    throw new MalformedEsdbEvent(where, 'data is not a JSON object');
  if (!recorded.position) throw new MalformedEsdbEvent(where, 'the server sent no $all position (EventStoreDB 22.6 or later is needed)');
  const { metadata, schemaVersion } = fromEsdbMetadata(recorded.metadata, where);
  return {
    eventId: recorded.id,
    stream,
    revision: Number(recorded.revision),
    position: toOurPosition(recorded.position),
    type: recorded.type,
    schemaVersion,
    data: recorded.data as JsonObject,
    metadata,
  };
}

export interface ReadContext {
  readonly client: EventStoreDBClient;
  readonly names: StreamNames;
  readonly target: string;
  /** Longest wait for any answer from the server during a read (ms). */
  readonly deadlineMs: number;
  /**
   * Longest wait for an append's answer (ms), separate and longer (issue 14): client 6.2 sends it to
   * the server as an absolute instant (batchAppend.js: `options.setDeadline(Timestamp.fromDate(…))`),
   * so it must cover the server's own write timeout and any clock skew between the two machines.
   */
  readonly appendDeadlineMs: number;
}

/** A client read (stream or $all) under our deadline: see deadline.ts. */
export function timedRead<T>(ctx: ReadContext, read: CancellableRead<T>, what: string): AsyncGenerator<T> {
  return readWithDeadline(read, ctx.deadlineMs, () => silentServer(ctx.target, what, ctx.deadlineMs));
}

/** A client append under the append deadline: past it, the write's outcome is unknown (it may still land). */
export function timedWrite<T>(ctx: ReadContext, work: Promise<T>, what: string): Promise<T> {
  return withDeadline(work, ctx.appendDeadlineMs, () => silentServer(ctx.target, what, ctx.appendDeadlineMs));
}

/** The options every append passes to the client: the exact expected revision and the append deadline (not the read one). */
export function appendOptions(ctx: ReadContext, expectedRevision: AppendExpectedRevision): { expectedRevision: AppendExpectedRevision; deadline: number } {
  return { expectedRevision, deadline: ctx.appendDeadlineMs };
}

/** A physical stream's events (a missing stream reads as empty). */
export async function readStreamEvents(
  ctx: ReadContext, physical: string, options: { fromRevision?: number; maxCount?: number; backwards?: boolean; requiresLeader?: boolean } = {},
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  try {
    const read = ctx.client.readStream(physical, {
      direction: options.backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (options.backwards ? END : 'start') : BigInt(options.fromRevision),
      ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      ...(options.requiresLeader ? { requiresLeader: true } : {}),
    });
    for await (const resolved of timedRead(ctx, read, `a read of ${physical}`)) {
      const event = toStoredEvent(resolved, ctx.names);
      if (event) events.push(event);
    }
  } catch (error) {
    if (isStreamNotFound(error)) return [];
    throw toPortError(error, { target: ctx.target });
  }
  return events;
}

/**
 * The newest record of $all that `pick` turns into a value (null: not ours, read on), found by
 * reading $all backwards in pages — on a dedicated server the last few records are ours or system
 * ones. Null when no record is picked.
 */
export async function newestOfOurs<T>(ctx: ReadContext, pick: (resolved: AllStreamResolvedEvent) => T | null, pageSize = 500): Promise<T | null> {
  let from: ReadPosition = END;
  try {
    for (;;) {
      let count = 0;
      let last: ReadPosition | undefined;
      const read = ctx.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: pageSize });
      for await (const resolved of timedRead(ctx, read, 'a read of $all')) {
        count += 1;
        if (!resolved.event) continue;
        last = resolved.event.position;
        const picked = pick(resolved);
        if (picked !== null) return picked;
      }
      if (count < pageSize || last === undefined) return null;
      from = last;
    }
  } catch (error) {
    throw toPortError(error, { target: ctx.target });
  }
}

/** Position of the last event of ours in $all (0 when there is none). */
export async function lastPositionOfOurs(ctx: ReadContext, pageSize = 500): Promise<number> {
  const position = await newestOfOurs(ctx, (resolved) => (resolved.event && ctx.names.logical(resolved.event.streamId) !== null ? toOurPosition(resolved.event.position) : null), pageSize);
  return position ?? 0;
}
