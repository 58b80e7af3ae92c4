import { EventStoreUnavailable } from '../errors.js';

/**
 * Our own deadlines. Client 6.2.1 opens readStream, readAll, subscribeToAll and batchAppend calls
 * with `deadline: Infinity` (dist/streams/readStream.js, readAll.js, appendToStream/batchAppend.js):
 * a server that accepts the connection and never answers would hang them for ever. A call's
 * `deadline` reaches the unary calls as grpc-timeout, and a batch append only as an absolute instant
 * inside the request, judged by the server's clock (esdb-reads.ts `appendOptions`).
 */
export function silentServer(target: string, what: string, deadlineMs: number): EventStoreUnavailable {
  return new EventStoreUnavailable(
    `EventStoreDB at ${target} did not answer ${what} within ${deadlineMs} ms: check EVENTSTORE_URL and that the server is running`);
}

/**
 * `work`, or `onTimeout()` thrown after `ms` (then `cancel` runs). The abandoned promise's later
 * failure is swallowed: its outcome was already reported as the timeout.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error, cancel?: () => void): Promise<T> {
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        cancel?.();
      } finally {
        reject(onTimeout());
      }
    }, ms);
    work.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

/** A client read: iterable, and cancellable on the wire. */
export interface CancellableRead<T> extends AsyncIterable<T> {
  cancel(): Promise<void>;
  destroy?(): unknown;
}

/**
 * Iterates a client read, failing with `onTimeout()` when the server sends nothing for `ms` (the
 * deadline restarts with each event, so a long read that keeps answering is never cut). On a
 * timeout, or when the caller stops early, the read is cancelled on the wire.
 */
export async function* readWithDeadline<T>(read: CancellableRead<T>, ms: number, onTimeout: () => Error): AsyncGenerator<T> {
  const iterator = read[Symbol.asyncIterator]();
  const stop = () => {
    read.cancel().catch(() => undefined);
    read.destroy?.();
  };
  let finished = false;
  try {
    for (;;) {
      const next = await withDeadline(iterator.next(), ms, onTimeout, stop);
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) {
      stop();
      // Not awaited: an async iterator's return waits behind a pending next(), which the cancel ends.
      Promise.resolve(iterator.return?.()).catch(() => undefined);
    }
  }
}
