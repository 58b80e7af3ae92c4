import { END, streamNameFilter, type AllStreamSubscription, type EventStoreDBClient } from '@eventstore/db-client';
import type { LogSubscription, StoredEvent } from '../event-store.port.js';
import type { AppendSignal } from '../append-signal.js';
import { isTransient } from './mapping/errors.js';
import type { StreamNames } from './mapping/stream-names.js';

export interface SubscriptionOptions {
  readonly batchSize: number;
  /** Longest wait for news before reading again (covers a missed live wake). */
  readonly pollMs: number;
  readonly backoffMs: { readonly first: number; readonly max: number };
}

/** Exponential backoff with a ceiling: 1st retry after `first`, doubling up to `max`. */
export function backoffDelay(failures: number, backoff: SubscriptionOptions['backoffMs']): number {
  return Math.min(backoff.max, backoff.first * 2 ** Math.max(0, failures - 1));
}

/**
 * Catch-up then live over our part of $all. It always reads by position after the last event it
 * delivered (keeping only what lies beyond it), so a reconnect resumes exactly there: no gap, no
 * duplicate. A dropped or unreachable server is retried with backoff until `close()`; any other
 * error (a malformed or unknown event) ends the iteration with that error. A live $all subscription
 * only wakes the reader early; reading stays by position.
 */
export function esdbSubscription(
  source: { readAll(after: number, limit: number): Promise<StoredEvent[]> },
  live: { client: EventStoreDBClient; names: StreamNames },
  signal: AppendSignal,
  after: number,
  options: SubscriptionOptions,
): LogSubscription {
  let closed = false;
  let position = after;
  let cancelWait: (() => void) | null = null;
  let wake: AllStreamSubscription | null = null;

  const openWake = () => {
    if (closed || wake) return;
    const subscription = live.client.subscribeToAll({ fromPosition: END, filter: streamNameFilter({ prefixes: [...live.names.prefixes] }) });
    subscription.on('data', () => signal.notify());
    subscription.on('error', () => {
      // Reopened on the next wait; polling covers the time between.
      if (wake === subscription) wake = null;
    });
    wake = subscription;
  };

  const wait = async (ms: number, seen: number) => {
    const waiting = signal.waitBeyond(seen, ms);
    cancelWait = waiting.cancel;
    await waiting.promise;
    cancelWait = null;
  };

  async function* batches(): AsyncGenerator<readonly StoredEvent[]> {
    let failures = 0;
    while (!closed) {
      const seen = signal.current();
      let batch: StoredEvent[];
      try {
        batch = await source.readAll(position, options.batchSize);
        failures = 0;
      } catch (error) {
        if (!isTransient(error) || closed) throw error;
        failures += 1;
        await wait(backoffDelay(failures, options.backoffMs), Number.MAX_SAFE_INTEGER);
        continue;
      }
      if (closed) return;
      const fresh = batch.filter((event) => event.position > position);
      if (fresh.length > 0) {
        position = fresh.at(-1)!.position;
        yield fresh;
        continue;
      }
      openWake();
      await wait(options.pollMs, seen);
    }
  }

  return {
    [Symbol.asyncIterator]: batches,
    close() {
      closed = true;
      cancelWait?.();
      wake?.unsubscribe().catch(() => undefined);
      wake = null;
    },
  };
}
