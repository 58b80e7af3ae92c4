import { FORWARDS, type Position, type ReadPosition } from '@eventstore/db-client';
import type { StoredEvent } from '../event-store.port.js';
import { timedRead, toStoredEvent, type ReadContext } from './esdb-reads.js';
import { toPortError } from './mapping/errors.js';
import { readPositionAfter } from './mapping/positions.js';

/** Records of $all asked for per read while looking for ours (others' are skipped as they come). */
export const ALL_READ_CHUNK = 1000;

/**
 * The port's readAll page: up to `limit` of our events after `after`, in $all order. Client 6.2's
 * readAll sends no server-side filter (dist/streams/readAll.js: `setNoFilter`), so the page is read
 * with plain forward reads of $all in chunks, keeping our streams' events (issue 14, item 6: before,
 * every page was a new filtered catch-up subscription, ended by a "caught up" signal or 250 ms of
 * silence). A read that returns fewer records than it asked for has reached the end of $all: an
 * empty page means there is really nothing of ours after `after`, never a guess. Each chunk runs
 * under the read deadline; stopping early cancels the read on the wire.
 * Cost: the records of other streams after `after` (system, idempotency keys, another namespace's)
 * are read and dropped; on a dedicated server those are few.
 */
export async function readOurPage(ctx: ReadContext, after: number, limit: number, chunk = ALL_READ_CHUNK): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let from: ReadPosition = readPositionAfter(after);
  try {
    for (;;) {
      let count = 0;
      let last: Position | undefined;
      const read = ctx.client.readAll({ direction: FORWARDS, fromPosition: from, maxCount: chunk });
      for await (const resolved of timedRead(ctx, read, 'a read of $all')) {
        count += 1;
        if (!resolved.event) continue;
        last = resolved.event.position;
        const event = toStoredEvent(resolved, ctx.names);
        // A read from a position includes the record at it: keep only what lies beyond the last kept.
        if (!event || event.position <= (events.at(-1)?.position ?? after)) continue;
        events.push(event);
        if (events.length >= limit) return events;
      }
      if (count < chunk || last === undefined) return events;
      from = last;
    }
  } catch (error) {
    throw toPortError(error, { target: ctx.target });
  }
}

/** How many of our events lie after `after`, counting no further than `atMost` (readiness lag on a log whose positions are bytes). */
export async function countOursAfter(ctx: ReadContext, after: number, atMost: number): Promise<number> {
  let count = 0;
  let from = after;
  while (count < atMost) {
    const page = await readOurPage(ctx, from, Math.min(1000, atMost - count));
    if (page.length === 0) break;
    count += page.length;
    from = page.at(-1)!.position;
  }
  return Math.min(count, atMost);
}
