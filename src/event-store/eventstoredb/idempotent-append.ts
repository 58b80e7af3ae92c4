import type { AppendRequest, AppendResult, IdempotencyRequest, StoredEvent } from '../event-store.port.js';
import { IdempotencyConflict, InvalidAppend, WrongExpectedRevision } from '../errors.js';
import { EventStoreAccessDenied, EventStoreStreamDeleted } from './mapping/errors.js';
import { expectedMatches } from '../append-validation.js';
import {
  MAX_CHAIN_RETRIES, emptyAppend, isFlexible, readHead, readHeadAt, sendChained, type AppendContext, type StreamHead,
} from './esdb-append.js';
import { readStreamEvents } from './esdb-reads.js';
import type { CompletedKey, IdempotencyLedger, KeyState, Reservation } from './idempotency-ledger.js';
import { sleep } from '../../shared/sleep.js';

export interface IdempotencyTiming {
  /** How long a retry waits for the request that holds the key before taking it over. */
  readonly waitMs: number;
  readonly pollMs: number;
  /** How far back a take-over of an older reservation (one naming no revision) looks for the key's events. */
  readonly scanLimit: number;
}

type Reserved = Extract<KeyState, { state: 'reserved' }>;
/** The key changed hands under us (a take-over): start again from its state. */
const LOST = Symbol('lost');


/** The first result for a completed key, served again (events re-read, upcast by the caller). */
export async function replayKey(ctx: AppendContext, key: CompletedKey): Promise<AppendResult> {
  const count = key.revision - key.firstRevision + 1;
  const events = count > 0 ? await readStreamEvents(ctx, ctx.names.physical(key.stream), { fromRevision: key.firstRevision, maxCount: count }) : [];
  return { stream: key.stream, revision: key.revision, position: key.position, events, replayed: true };
}

/**
 * An append with an idempotency key. EventStoreDB has no multi-stream transaction, so the key's
 * record and the events are separate writes, ordered to keep the guarantees that matter:
 * 1. Read the stream's head E, then reserve the key naming E (its own stream, written with an
 *    expected revision): of racing requests with the same key exactly one goes on; the others
 *    wait for its result (a replay), or get IdempotencyConflict at once if their fingerprint
 *    differs — having written nothing.
 * 2. Append the events at exactly E, with ids derived from the key.
 * 3. Record Completed; Released only when the server refused the append (wrong expected revision,
 *    or a definite refusal: too large, stream deleted, access denied — nothing written); when the
 *    outcome stays unknown after sendChained's read-back the key is marked Uncertain, never freed.
 * A retry of an uncertain key (at once) or of a stale reservation (after `waitMs`: its holder
 * crashed) first looks at E+1… for events carrying the key and returns them as the first result;
 * only when there are none does it append — again at E with the same ids, so should the first
 * attempt still land, the server sees the same ids at the same expected revision and keeps one copy.
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
    let outcome: AppendResult | typeof LOST | null = null;
    if (state.state === 'free') {
      const head = await readHead(ctx, request.stream);
      if (!expectedMatches(request.expected, head.actual)) throw new WrongExpectedRevision(request.stream, request.expected, head.actual);
      const reservedAt = await ledger.reserve(key, { fingerprint, stream: request.stream, expectedRevision: head.actual }, state.keyRevision);
      if (reservedAt !== null) outcome = await writeOwned(ctx, ledger, request, fingerprint, reservedAt, head);
    } else if (state.uncertain || (waitedSince !== null && Date.now() - waitedSince >= timing.waitMs)) {
      outcome = await recover(ctx, ledger, request, state, timing.scanLimit);
    } else {
      waitedSince ??= Date.now();
      await sleep(timing.pollMs);
    }
    if (outcome !== null && outcome !== LOST) return outcome;
    state = await ledger.state(key);
  }
}

/**
 * This request holds the key at `keyRevision` and sends at `head`. A refusal means the stream moved
 * on without us: with `any`/`stream_exists` the request re-reserves on the new head and tries again.
 */
async function writeOwned(
  ctx: AppendContext, ledger: IdempotencyLedger, request: AppendRequest, fingerprint: string, keyRevision: number, head: StreamHead,
): Promise<AppendResult | typeof LOST> {
  const key = request.idempotency!.key;
  for (let attempt = 0; ; attempt += 1) {
    if (request.events.length === 0) return complete(ledger, key, fingerprint, keyRevision, await emptyAppend(ctx, request, head), false);
    const reservation: Reservation = { fingerprint, stream: request.stream, expectedRevision: head.actual };
    let sent;
    try {
      sent = await sendChained(ctx, request, head);
    } catch (error) {
      // A definite refusal wrote nothing: the key is free again. Otherwise the append may have
      // landed: keep the key (never release it) and let the next retry look first.
      if (isDefinitelyNotWritten(error)) await ledger.release(key, keyRevision).catch(() => undefined);
      else await ledger.markUncertain(key, reservation, keyRevision).catch(() => undefined);
      throw error;
    }
    if (sent.kind === 'written') return complete(ledger, key, fingerprint, keyRevision, sent.result, false);
    const landed = await eventsOfKey(ctx, request, head.actual);
    if (landed.length > 0) return complete(ledger, key, fingerprint, keyRevision, resultOf(request, landed), true);
    if (!isFlexible(request) || attempt >= MAX_CHAIN_RETRIES) {
      await ledger.release(key, keyRevision).catch(() => undefined);
      throw new WrongExpectedRevision(request.stream, request.expected, sent.actual);
    }
    head = await readHead(ctx, request.stream);
    const next = await ledger.reserve(key, { ...reservation, expectedRevision: head.actual }, keyRevision);
    if (next === null) return LOST;
    keyRevision = next;
  }
}

/** An uncertain key, or a stale reservation: return what the first attempt wrote, else resend it at its revision. */
async function recover(
  ctx: AppendContext, ledger: IdempotencyLedger, request: AppendRequest, state: Reserved, scanLimit: number,
): Promise<AppendResult | typeof LOST> {
  const key = request.idempotency!.key;
  const landed = state.expectedRevision === null
    ? await scanBackForKey(ctx, request, scanLimit)
    : await eventsOfKey(ctx, request, state.expectedRevision);
  if (landed.length > 0) return complete(ledger, key, state.fingerprint, state.keyRevision, resultOf(request, landed), true);
  const head = state.expectedRevision === null ? await readHead(ctx, request.stream) : await readHeadAt(ctx, request.stream, state.expectedRevision);
  // Claim the key for this retry: of two retries racing to recover, one goes on.
  const claimed = await ledger.reserve(key, { fingerprint: state.fingerprint, stream: request.stream, expectedRevision: head.actual }, state.keyRevision);
  if (claimed === null) return LOST;
  return writeOwned(ctx, ledger, request, state.fingerprint, claimed, head);
}

/** The events carrying this request's key right after `revision` (all of them, or none: one append writes them together). */
async function eventsOfKey(ctx: AppendContext, request: AppendRequest, revision: number): Promise<StoredEvent[]> {
  const count = Math.max(1, request.events.length);
  const after = await readStreamEvents(ctx, ctx.names.physical(request.stream), { fromRevision: revision + 1, maxCount: count });
  return after.filter((event) => event.metadata.idempotencyKey === request.idempotency!.key);
}

/** A reservation written before reservations named their revision: look back through recent events. */
async function scanBackForKey(ctx: AppendContext, request: AppendRequest, scanLimit: number): Promise<StoredEvent[]> {
  const recent = await readStreamEvents(ctx, ctx.names.physical(request.stream), { backwards: true, maxCount: scanLimit });
  return recent.filter((event) => event.metadata.idempotencyKey === request.idempotency!.key).reverse();
}

function resultOf(request: AppendRequest, events: StoredEvent[]): AppendResult {
  return { stream: request.stream, revision: events.at(-1)!.revision, position: events.at(-1)!.position, events, replayed: true };
}

/**
 * Records where the key's events landed. If that record cannot be written the events are still
 * written: the answer is the result, and the key stays reserved naming E, so a retry finds them.
 */
async function complete(
  ledger: IdempotencyLedger, key: string, fingerprint: string, keyRevision: number, result: AppendResult, replayed: boolean,
): Promise<AppendResult> {
  const firstRevision = result.revision - result.events.length + 1;
  await ledger.complete(key, { fingerprint, stream: result.stream, revision: result.revision, position: result.position, firstRevision }, keyRevision)
    .catch(() => undefined);
  return replayed ? { ...result, replayed: true } : result;
}

/** Refusals that prove nothing was written (issue 14, item 3): the key must not stay "uncertain" for ever. */
function isDefinitelyNotWritten(error: unknown): boolean {
  return error instanceof InvalidAppend || error instanceof EventStoreStreamDeleted || error instanceof EventStoreAccessDenied;
}
