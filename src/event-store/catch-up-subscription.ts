import type { LogSubscription, StoredEvent } from './event-store.port.js';
import type { AppendSignal } from './append-signal.js';

export interface CatchUpSource {
  readAll(after: number, limit: number): Promise<StoredEvent[]>;
}

/**
 * Catch-up then live over the ordered log: it always reads by position from the store, so the
 * hand-over from history to live events has no gap and no duplicate, whatever the timing.
 */
export function catchUpSubscription(
  source: CatchUpSource,
  signal: AppendSignal,
  after: number,
  options: { batchSize?: number; pollMs?: number } = {},
): LogSubscription {
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 250;
  let closed = false;
  let cancelWait: (() => void) | null = null;
  let position = after;

  async function* batches(): AsyncGenerator<readonly StoredEvent[]> {
    while (!closed) {
      const seen = signal.current();
      const batch = await source.readAll(position, batchSize);
      if (closed) return;
      if (batch.length > 0) {
        position = batch[batch.length - 1]!.position;
        yield batch;
        continue;
      }
      const wait = signal.waitBeyond(seen, pollMs);
      cancelWait = wait.cancel;
      await wait.promise;
      cancelWait = null;
    }
  }

  return {
    [Symbol.asyncIterator]: batches,
    close() {
      closed = true;
      cancelWait?.();
    },
  };
}
