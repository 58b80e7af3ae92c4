/**
 * Issue 14, item 1: an EventStoreDB append that fails after it was sent is resolved before it is
 * answered — never a 503 while the events may have landed, never written twice.
 *
 * Against the fault-injecting fake of the client (fake-esdb-client.ts): no EventStoreDB server runs
 * on this machine, so this is the one place a fake stands in for the store; the contract suite
 * (test/contract/event-store.eventstoredb.int.spec.ts) runs the same adapter on a real server.
 */
import { describe, it, expect } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { AppendOutcomeUnknown } from '../../../../src/event-store/errors.js';
import { appendToStream } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { appendWithKey } from '../../../../src/event-store/eventstoredb/idempotent-append.js';
import { IdempotencyLedger } from '../../../../src/event-store/eventstoredb/idempotency-ledger.js';
import { ApiExceptionFilter } from '../../../../src/http/api-exception.filter.js';
import { STREAM, fakeContext, twoEvents } from './fake-append-context.js';
import type { FaultKind } from './fake-esdb-client.js';

// Every way client 6.2.1 reports an append that was sent and not answered (our deadline: `hang`).
const AFTER_SENDING: readonly FaultKind[] = ['unavailable', 'cancelled', 'server-timeout', 'batch-stream', 'hang'];
const timing = { waitMs: 50, pollMs: 5, scanLimit: 100 };

function setup() {
  // A short append deadline so that `hang` gives up at once (no timing is asserted).
  return fakeContext({ appendDeadlineMs: 30 });
}

describe('an EventStoreDB append whose answer is lost (issue 14, item 1)', () => {
  it.each(AFTER_SENDING)('%s after the events landed: answered as written (same answer as a normal append), one copy', async (kind) => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind, land: 'before' });
    const result = await appendToStream(ctx, twoEvents());
    expect(result).toMatchObject({ stream: STREAM, revision: 1, replayed: false });
    expect(result.events.map((e) => e.eventId)).toEqual(esdb.events(STREAM).map((e) => e.id));
    expect(esdb.events(STREAM)).toHaveLength(2);
    expect(esdb.appendsSent).toHaveLength(1);
  });

  it.each(AFTER_SENDING)('%s before anything landed: the same events are resent once at the same revision, one copy', async (kind) => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind, land: 'never' });
    const result = await appendToStream(ctx, twoEvents());
    expect(result.revision).toBe(1);
    expect(esdb.events(STREAM)).toHaveLength(2);
    expect(esdb.appendsSent.map((a) => a.expected)).toEqual(['no_stream', 'no_stream']);
  });

  it('a first attempt still in flight that lands just before the resend: the server acknowledges the resend, one copy', async () => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind: 'hang', land: 'later' });
    const result = await appendToStream(ctx, twoEvents());
    expect(esdb.events(STREAM)).toHaveLength(2);
    expect(result.events.map((e) => e.eventId)).toEqual(esdb.events(STREAM).map((e) => e.id));
  });

  it('another writer took the revision meanwhile: an exact expectation is WrongExpectedRevision, ours never written', async () => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind: 'unavailable', land: 'never', foreignFirst: true });
    await expect(appendToStream(ctx, twoEvents('no_stream'))).rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: 0 });
    expect(esdb.events(STREAM)).toHaveLength(1);
  });

  it('another writer took the revision meanwhile: `any` is chained onto the new head and written once', async () => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind: 'batch-stream', land: 'never', foreignFirst: true });
    const result = await appendToStream(ctx, twoEvents('any'));
    expect(result.events.map((e) => e.revision)).toEqual([1, 2]);
    expect(esdb.events(STREAM)).toHaveLength(3);
  });

  it('the server cannot be asked: APPEND_OUTCOME_UNKNOWN (not EVENT_STORE_UNAVAILABLE), saying a retry with the same key is safe', async () => {
    const { esdb, ctx } = setup();
    const ledger = new IdempotencyLedger(ctx);
    const request = twoEvents('any', 'key-unknown');
    esdb.faults.push({ stream: STREAM, kind: 'unavailable', land: 'before', thenReadsFail: true });
    const error = await appendWithKey(ctx, ledger, request, request.idempotency!, timing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendOutcomeUnknown);
    expect(error).toMatchObject({ code: 'APPEND_OUTCOME_UNKNOWN', details: { stream: STREAM, retryWithSameIdempotencyKey: true } });
    expect((error as Error).message).toContain('retrying with the same Idempotency-Key is safe');
  });

  it('a request sent without a key is told the outcome is unknown and to read the stream before retrying', async () => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind: 'unavailable', land: 'before', thenReadsFail: true });
    const error = await appendToStream(ctx, twoEvents()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'APPEND_OUTCOME_UNKNOWN', details: { retryWithSameIdempotencyKey: false } });
    expect((error as Error).message).toContain('read the stream before retrying');
  });

  it('resent once and still neither written nor refused: APPEND_OUTCOME_UNKNOWN after exactly two sends', async () => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind: 'hang', land: 'never' }, { stream: STREAM, kind: 'hang', land: 'never' });
    await expect(appendToStream(ctx, twoEvents())).rejects.toBeInstanceOf(AppendOutcomeUnknown);
    expect(esdb.appendsSent).toHaveLength(2);
    expect(esdb.events(STREAM)).toHaveLength(0);
  });

  it('reads the outcome from the leader (a follower may not have the write yet)', async () => {
    const { esdb, ctx } = setup();
    esdb.faults.push({ stream: STREAM, kind: 'unavailable', land: 'before' });
    await appendToStream(ctx, twoEvents());
    expect(esdb.readsSent.filter((r) => r.stream === STREAM).at(-1)).toEqual({ stream: STREAM, requiresLeader: true });
  });

  it('unknown, then retried with the same Idempotency-Key once the server is back: exactly once, landed or not', async () => {
    for (const land of ['before', 'never'] as const) {
      const { esdb, ctx } = setup();
      const ledger = new IdempotencyLedger(ctx);
      const request = twoEvents('any', `key-${land}`);
      esdb.faults.push({ stream: STREAM, kind: 'server-timeout', land, thenReadsFail: true });
      await expect(appendWithKey(ctx, ledger, request, request.idempotency!, timing)).rejects.toBeInstanceOf(AppendOutcomeUnknown);
      esdb.readsDown = false;
      const retry = await appendWithKey(ctx, ledger, request, request.idempotency!, timing);
      expect(retry.events).toHaveLength(2);
      expect(esdb.events(STREAM)).toHaveLength(2);
      expect((await appendWithKey(ctx, ledger, request, request.idempotency!, timing)).replayed).toBe(true);
      expect(esdb.events(STREAM)).toHaveLength(2);
    }
  });

  it('the HTTP layer answers APPEND_OUTCOME_UNKNOWN with 503 and its code', () => {
    const sent: { status?: number; body?: unknown } = {};
    const response = { status: (code: number) => ((sent.status = code), response), json: (body: unknown) => ((sent.body = body), response) };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    const filter = new ApiExceptionFilter();
    (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
    filter.catch(new AppendOutcomeUnknown(STREAM, 'test'), host);
    expect(sent.status).toBe(503);
    expect(sent.body).toMatchObject({ code: 'APPEND_OUTCOME_UNKNOWN', details: { retryWithSameIdempotencyKey: true } });
  });
});
