import type { AppendRequest, AppendResult, IdempotencyRequest, StoredEvent } from '../event-store.port.js';
import { IdempotencyConflict } from '../errors.js';
import { appendToStream, type AppendContext } from './esdb-append.js';
import { readStreamEvents } from './esdb-reads.js';
import type { CompletedKey, IdempotencyLedger, KeyState } from './idempotency-ledger.js';

export interface IdempotencyTiming {
  /** How long a retry waits for the request that holds the key before taking it over. */
  readonly waitMs: number;
  readonly pollMs: number;
  /** How far back a take-over looks in the stream for events the first request did write. */
  readonly scanLimit: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The first result for a completed key, served again (events re-read, upcast by the caller). */
export async function replayKey(ctx: AppendContext, key: CompletedKey): Promise<AppendResult> {
  const count = key.revision - key.firstRevision + 1;
  const events = count > 0 ? await readStreamEvents(ctx, ctx.names.physical(key.stream), { fromRevision: key.firstRevision, maxCount: count }) : [];
  return { stream: key.stream, revision: key.revision, position: key.position, events, replayed: true };
}

/**
 * An append with an idempotency key. EventStoreDB has no multi-stream transaction, so the key's
 * record and the events are two writes, ordered to keep the guarantees that matter:
 * 1. Reserve the key (its own stream, written with an expected revision): of racing requests with
 *    the same key exactly one goes on; the others wait for its result and return it as a replay,
 *    or get IdempotencyConflict at once if their fingerprint differs — having written nothing.
 * 2. Append the events (ids derived from the key, so the server's own dedupe covers a resend).
 * 3. Record Completed (stream, revision, position) — or Released if the append failed.
 * A crash between 1 and 3 leaves a reservation: after `waitMs` a retry takes the key over, first
 * looking in the stream for events carrying this key (the crashed request may have written them).
 */
export async function appendWithKey(
  ctx: AppendContext, ledger: IdempotencyLedger, request: AppendRequest, idempotency: IdempotencyRequest, timing: IdempotencyTiming,
): Promise<AppendResult> {
  const { key, fingerprint } = idempotency;
  let state: KeyState = await ledger.state(key);
  let waitedSince: number | null = null;
  for (;;) {
    if (state.state !== 'free' && state.fingerprint !== fingerprint) throw new IdempotencyConflict(key);
    if (state.state === 'completed') return replayKey(ctx, state);
    if (state.state === 'free') {
      if (await ledger.reserve(key, fingerprint, request.stream, state)) return writeOwned(ctx, ledger, request, key, fingerprint, state.keyRevision + 1);
    } else {
      waitedSince ??= Date.now();
      if (Date.now() - waitedSince >= timing.waitMs) return takeOver(ctx, ledger, request, key, fingerprint, state.keyRevision, timing.scanLimit);
      await sleep(timing.pollMs);
    }
    state = await ledger.state(key);
  }
}

async function writeOwned(
  ctx: AppendContext, ledger: IdempotencyLedger, request: AppendRequest, key: string, fingerprint: string, reservedAt: number,
): Promise<AppendResult> {
  let result: AppendResult;
  try {
    result = await appendToStream(ctx, request);
  } catch (error) {
    await ledger.release(key, reservedAt).catch(() => undefined);
    throw error;
  }
  const firstRevision = result.revision - result.events.length + 1;
  await ledger.complete(key, { fingerprint, stream: result.stream, revision: result.revision, position: result.position, firstRevision }, reservedAt);
  return result;
}

/** A stale reservation: finish the crashed request's work, never write its events twice. */
async function takeOver(
  ctx: AppendContext, ledger: IdempotencyLedger, request: AppendRequest, key: string, fingerprint: string, keyRevision: number, scanLimit: number,
): Promise<AppendResult> {
  const recent = await readStreamEvents(ctx, ctx.names.physical(request.stream), { backwards: true, maxCount: scanLimit });
  const earlier = recent.filter((event: StoredEvent) => event.metadata.idempotencyKey === key).reverse();
  if (earlier.length === 0) return writeOwned(ctx, ledger, request, key, fingerprint, keyRevision);
  const completed: CompletedKey = {
    fingerprint, stream: request.stream, revision: earlier.at(-1)!.revision, position: earlier.at(-1)!.position, firstRevision: earlier[0]!.revision,
  };
  await ledger.complete(key, completed, keyRevision);
  return { stream: completed.stream, revision: completed.revision, position: completed.position, events: earlier, replayed: true };
}
