import { streamNameFilter, type AllStreamResolvedEvent } from '@eventstore/db-client';
import { EventStoreUnavailable } from '../errors.js';
import type { StoredEvent } from '../event-store.port.js';
import { silentServer } from './deadline.js';
import { lastPositionOfOurs, toStoredEvent, type ReadContext } from './esdb-reads.js';
import { toPortError } from './mapping/errors.js';
import { isAfter, readPositionAfter } from './mapping/positions.js';

/**
 * Why a page ended: it is full; the server said it is caught up with $all; or (servers before
 * 23.10, which never say so) nothing came for `quietMs` after the server had answered — which
 * alone does not prove the page reached the end of the log.
 */
export type PageEnd = 'limit' | 'caught-up' | 'quiet';

export interface AllPage {
  readonly events: StoredEvent[];
  readonly end: PageEnd;
}

/**
 * A page of our events after `after`, filtered on the server by our stream prefixes. Client 6.2's
 * readAll has no filter, so the page is a filtered catch-up subscription. The quiet timer starts
 * only once the server has answered (confirmation, event or checkpoint); until then, and between
 * answers, our deadline runs: a server that never answers fails the page with EventStoreUnavailable.
 */
export function readAllPage(ctx: ReadContext, after: number, limit: number, quietMs: number): Promise<AllPage> {
  return new Promise((resolve, reject) => {
    const events: StoredEvent[] = [];
    let done = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const finish = (end: PageEnd | Error) => {
      if (done) return;
      done = true;
      clearTimeout(quiet);
      clearTimeout(deadline);
      subscription.unsubscribe().catch(() => undefined);
      if (end instanceof Error) reject(end);
      else resolve({ events, end });
    };
    const answered = () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      quiet = setTimeout(() => finish('quiet'), quietMs);
      deadline = setTimeout(() => finish(silentServer(ctx.target, 'a read of $all', ctx.deadlineMs)), ctx.deadlineMs);
    };
    const subscription = ctx.client.subscribeToAll({
      fromPosition: readPositionAfter(after),
      filter: streamNameFilter({ prefixes: [...ctx.names.prefixes], checkpointReached: () => answered() }),
    });
    deadline = setTimeout(() => finish(silentServer(ctx.target, 'a read of $all', ctx.deadlineMs)), ctx.deadlineMs);
    subscription.on('confirmation', () => answered());
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (done) return;
      try {
        const event = toStoredEvent(resolved, ctx.names);
        if (event && isAfter(event.position, after)) events.push(event);
        if (events.length >= limit) finish('limit');
        else answered();
      } catch (error) {
        finish(error as Error);
      }
    });
    subscription.on('caughtUp', () => finish('caught-up'));
    subscription.on('error', (error: Error) => finish(toPortError(error, { target: ctx.target }) as Error));
    // The server never ends a subscription by itself: an end is a dropped call, not the end of the log.
    subscription.on('end', () => finish(new EventStoreUnavailable(`EventStoreDB at ${ctx.target} ended a read of $all early: check that the server is running`)));
  });
}

/** A page ended by silence that holds nothing although the log goes on: never "nothing new". */
export class AllReadCutShort extends EventStoreUnavailable {
  constructor(target: string, after: number, head: number) {
    super(`EventStoreDB at ${target} sent no event after $all position ${after} although our last event is at ${head}: the read was cut short, retry`);
  }
}

/**
 * The port's readAll page: an empty page means the log really has nothing of ours after `after`.
 * A page ended by silence (old servers) is checked against our head position: when it holds
 * nothing while the head lies beyond, it fails (AllReadCutShort, transient) instead of
 * claiming the caller is caught up. A short non-empty page is fine: the caller reads on after it.
 */
export async function readOurPage(ctx: ReadContext, after: number, limit: number, quietMs: number): Promise<StoredEvent[]> {
  const page = await readAllPage(ctx, after, limit, quietMs);
  if (page.end !== 'quiet' || page.events.length > 0) return page.events;
  const head = await lastPositionOfOurs(ctx);
  if (head > after) throw new AllReadCutShort(ctx.target, after, head);
  return page.events;
}

/** How many of our events lie after `after`, counting no further than `atMost` (readiness lag on a log whose positions are bytes). */
export async function countOursAfter(ctx: ReadContext, after: number, atMost: number, quietMs: number): Promise<number> {
  let count = 0;
  let from = after;
  while (count < atMost) {
    const page = await readOurPage(ctx, from, Math.min(1000, atMost - count), quietMs);
    if (page.length === 0) break;
    count += page.length;
    from = page.at(-1)!.position;
  }
  return Math.min(count, atMost);
}
