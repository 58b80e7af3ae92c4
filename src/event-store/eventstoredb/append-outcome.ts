import { AppendOutcomeUnknown, InvalidAppend } from '../errors.js';
import type { StoredEvent } from '../event-store.port.js';
import { readStreamEvents, type ReadContext } from './esdb-reads.js';
import { toEsdbMetadata } from './mapping/metadata.js';

/**
 * What an append that failed after it was sent (issue 14, item 1) really did, learnt by reading the
 * stream right after the revision E it was sent at:
 * - `landed`: our event ids are there (the server wrote them; the answer was lost);
 * - `moved`: another writer's events are there: ours were sent at E and can never land now;
 * - `absent`: the stream is still at E: ours are not there yet, but a send still in flight (our
 *   timer gave up, the server's batch-append timeout, a dropped shared batch-append stream) may
 *   still land. Resending the same ids at the same E is safe: EventStoreDB acknowledges a resend
 *   whose ids match the events after E without writing them again (its idempotent-write check).
 * A read that fails too throws AppendOutcomeUnknown: the caller cannot be told either way.
 */
export type SentOutcome =
  | { readonly kind: 'landed'; readonly events: StoredEvent[] }
  | { readonly kind: 'moved'; readonly actual: number }
  | { readonly kind: 'absent' };

export async function resolveSentAppend(
  ctx: ReadContext, stream: string, sent: readonly StoredEvent[], expectedRevision: number, failure: unknown, keyed: boolean,
): Promise<SentOutcome> {
  let after: StoredEvent[];
  try {
    // From the leader: a follower may not have the write yet and would say "absent" wrongly.
    after = await readStreamEvents(ctx, ctx.names.physical(stream), { fromRevision: expectedRevision + 1, maxCount: sent.length, requiresLeader: true });
  } catch (error) {
    throw new AppendOutcomeUnknown(stream, `${describe(failure)}; reading the stream back failed too: ${describe(error)}`, failure, keyed);
  }
  if (after.length === 0) return { kind: 'absent' };
  // One append writes all its events together: our first id at E+1 means all of them are there.
  if (after[0]!.eventId === sent[0]!.eventId && after.length === sent.length && after.every((event, i) => event.eventId === sent[i]!.eventId))
    return { kind: 'landed', events: after };
  const head = await readStreamEvents(ctx, ctx.names.physical(stream), { backwards: true, maxCount: 1, requiresLeader: true }).catch(() => after);
  return { kind: 'moved', actual: head[0]?.revision ?? after.at(-1)!.revision };
}

/** The server's default MaxAppendSize (EventStoreDB/KurrentDB: 1,048,576 bytes, `MaxAppendSize` in its configuration). */
export const DEFAULT_MAX_APPEND_BYTES = 1_048_576;

/**
 * About what the server counts against its MaxAppendSize: each event's data, metadata and type as
 * sent (UTF-8 JSON). Checked before sending, so an oversize request is a 400 with nothing written
 * instead of a refusal (or a partly chunked batch append, client 6.2 splits at 3 MiB) from the server.
 */
export function appendSizeBytes(events: readonly StoredEvent[]): number {
  let bytes = 0;
  for (const event of events) {
    bytes += Buffer.byteLength(JSON.stringify(event.data), 'utf8');
    bytes += Buffer.byteLength(JSON.stringify(toEsdbMetadata(event.metadata, event.schemaVersion)), 'utf8');
    bytes += Buffer.byteLength(event.type, 'utf8');
  }
  return bytes;
}

export function checkAppendSize(events: readonly StoredEvent[], maxBytes: number): void {
  const bytes = appendSizeBytes(events);
  if (bytes > maxBytes)
    throw new InvalidAppend('events', 'MAX_APPEND_SIZE', `the append is ${bytes} bytes (data, metadata and type of its ${events.length} events), more than the event store takes in one append (${maxBytes}, EVENTSTORE_MAX_APPEND_BYTES): nothing was written`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
