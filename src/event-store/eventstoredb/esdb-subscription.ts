import { streamNameFilter, type AllStreamResolvedEvent, type AllStreamSubscription } from '@eventstore/db-client';
import { EventStoreUnavailable } from '../errors.js';
import type { LogSubscription, StoredEvent } from '../event-store.port.js';
import { silentServer } from './deadline.js';
import { toStoredEvent, type ReadContext } from './esdb-reads.js';
import { isTransient, toPortError } from './mapping/errors.js';
import { isAfter, readPositionAfter } from './mapping/positions.js';

export interface SubscriptionOptions {
  readonly batchSize: number;
  readonly backoffMs: { readonly first: number; readonly max: number };
  /** Told the position of every batch delivered (the store's cached head). */
  readonly onDelivered?: (position: number) => void;
}

/** Exponential backoff with a ceiling: 1st retry after `first`, doubling up to `max`. */
export function backoffDelay(failures: number, backoff: SubscriptionOptions['backoffMs']): number {
  return Math.min(backoff.max, backoff.first * 2 ** Math.max(0, failures - 1));
}

/**
 * Catch-up then live over our part of $all through ONE filtered subscription (issue 14, item 6):
 * no subscription per page, no polling while idle — the server pushes each new event. Events are
 * buffered and handed out in batches; the subscription is paused while the buffer is full (the
 * consumer is applying a batch). Every event is kept only if it lies beyond the last one kept, so a
 * resubscription from the last delivered position has no gap and no duplicate. When the server ends
 * the call, fails it (UNAVAILABLE, CANCELLED on a restart, a deadline) or never confirms it within
 * the read deadline, the subscription is reopened after a backoff until `close()`; any other error
 * (a malformed event) ends the iteration with it.
 */
export function esdbSubscription(ctx: ReadContext, after: number, options: SubscriptionOptions): LogSubscription {
  let closed = false;
  let position = after;
  let wake: (() => void) | null = null;
  const nudge = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  let live: Live | null = null;

  interface Live { readonly sub: AllStreamSubscription; readonly buffer: StoredEvent[]; failure: unknown; paused: boolean; timer?: ReturnType<typeof setTimeout> }

  const open = (): Live => {
    const sub = ctx.client.subscribeToAll({ fromPosition: readPositionAfter(position), filter: streamNameFilter({ prefixes: [...ctx.names.prefixes] }) });
    const state: Live = { sub, buffer: [], failure: undefined, paused: false };
    const fail = (error: unknown) => {
      if (state.failure !== undefined || live !== state) return;
      state.failure = error;
      clearTimeout(state.timer);
      nudge();
    };
    // A server that accepts the call and never confirms it is down, not idle.
    state.timer = setTimeout(() => fail(silentServer(ctx.target, 'a subscription to $all', ctx.deadlineMs)), ctx.deadlineMs);
    sub.on('confirmation', () => clearTimeout(state.timer));
    sub.on('data', (resolved: AllStreamResolvedEvent) => {
      if (state.failure !== undefined) return;
      clearTimeout(state.timer);
      try {
        const event = toStoredEvent(resolved, ctx.names);
        const last = state.buffer.at(-1)?.position ?? position;
        if (event && isAfter(event.position, last)) state.buffer.push(event);
      } catch (error) {
        fail(error);
        return;
      }
      if (state.buffer.length >= options.batchSize * 2 && !state.paused) {
        state.paused = true;
        sub.pause();
      }
      nudge();
    });
    sub.on('error', (error: Error) => fail(toPortError(error, { target: ctx.target })));
    // The server never ends a subscription by itself: an end is a dropped call, to be reopened.
    sub.on('end', () => fail(new EventStoreUnavailable(`EventStoreDB at ${ctx.target} ended the subscription to $all: resubscribing`)));
    sub.on('close', () => fail(new EventStoreUnavailable(`EventStoreDB at ${ctx.target} closed the subscription to $all: resubscribing`)));
    return state;
  };

  const drop = (state: Live) => {
    clearTimeout(state.timer);
    state.sub.removeAllListeners('data');
    state.sub.unsubscribe().catch(() => undefined);
  };

  const waitFor = (ms?: number) => new Promise<void>((resolve) => {
    const timer = ms === undefined ? undefined : setTimeout(() => nudge(), ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });

  async function* batches(): AsyncGenerator<readonly StoredEvent[]> {
    let failures = 0;
    try {
      while (!closed) {
        live ??= open();
        const state = live;
        if (state.buffer.length > 0) {
          const batch = state.buffer.splice(0, options.batchSize);
          position = batch.at(-1)!.position;
          if (state.paused && state.buffer.length < options.batchSize) {
            state.paused = false;
            state.sub.resume();
          }
          failures = 0;
          options.onDelivered?.(position);
          yield batch;
          continue;
        }
        if (state.failure !== undefined) {
          drop(state);
          live = null;
          if (closed) return;
          if (!isTransient(state.failure)) throw state.failure;
          failures += 1;
          await waitFor(backoffDelay(failures, options.backoffMs));
          continue;
        }
        await waitFor();
      }
    } finally {
      if (live) drop(live);
      live = null;
    }
  }

  return {
    [Symbol.asyncIterator]: batches,
    close() {
      closed = true;
      if (live) drop(live);
      live = null;
      nudge();
    },
  };
}
