import { jsonEvent } from '@eventstore/db-client';
import type { StoredEvent } from '../event-store.port.js';
import { ImportOutOfOrder, type ImportHead } from '../event-importer.js';
import type { ReadContext } from './esdb-reads.js';
import { appendOptions, newestOfOurs, timedWrite, toStoredEvent } from './esdb-reads.js';
import { exactExpectedRevision, fromEsdbCurrentRevision } from './mapping/expected-revision.js';
import { isWrongExpectedVersion, toPortError } from './mapping/errors.js';
import { toEsdbMetadata } from './mapping/metadata.js';

/** Consecutive events of one stream, written by one append (the source's global order is kept across groups). */
export function groupByStreamRun(events: readonly StoredEvent[]): StoredEvent[][] {
  const groups: StoredEvent[][] = [];
  for (const event of events) {
    const current = groups.at(-1);
    if (current && current[0]!.stream === event.stream && current.at(-1)!.revision + 1 === event.revision) current.push(event);
    else groups.push([event]);
  }
  return groups;
}

/**
 * Migration into EventStoreDB (EventImporter): each run of a stream's events is appended with its
 * original id, data and metadata (hash chain and recordedAt included) and with the expected
 * revision just before its first event, so the server itself refuses a gap or a fork; a resend of
 * the same ids at the same revision is acknowledged by the server's idempotent-write check.
 * Appends go one after another: $all keeps the source's global order.
 */
export async function importIntoEsdb(ctx: ReadContext, events: readonly StoredEvent[]): Promise<void> {
  for (const group of groupByStreamRun(events)) {
    const first = group[0]!;
    try {
      await timedWrite(ctx, ctx.client.appendToStream(ctx.names.physical(first.stream), group.map((event) => jsonEvent({
        id: event.eventId, type: event.type, data: event.data, metadata: toEsdbMetadata(event.metadata, event.schemaVersion),
      })), appendOptions(ctx, exactExpectedRevision(first.revision - 1))), `an append to ${first.stream}`);
    } catch (error) {
      if (isWrongExpectedVersion(error))
        throw new ImportOutOfOrder(first.stream, first.revision, `the stream is at revision ${fromEsdbCurrentRevision(error.actualVersion)} in the target`);
      throw toPortError(error, { target: ctx.target, stream: first.stream });
    }
  }
}

/** The last event of ours in $all (system events are passed over), or null. */
export function lastEventOfOurs(ctx: ReadContext, pageSize = 500): Promise<ImportHead | null> {
  return newestOfOurs(ctx, (resolved) => {
    const event = toStoredEvent(resolved, ctx.names);
    return event && { eventId: event.eventId, stream: event.stream, revision: event.revision, hash: event.metadata.hash };
  }, pageSize);
}
