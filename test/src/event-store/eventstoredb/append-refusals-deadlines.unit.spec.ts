/**
 * Issue 14, items 2 and 3: the append deadline stands apart from the read deadline; definite
 * refusals are typed and release an idempotency key; an oversize append is refused before sending.
 *
 * Against the fault-injecting fake of the client (fake-esdb-client.ts): no EventStoreDB server runs
 * on this machine, so this is the one place a fake stands in for the store.
 */
import { describe, it, expect } from '@jest/globals';
import { CancelledError } from '@eventstore/db-client';
import { loadConfig } from '../../../../src/config/app-config.js';
import { ConfigError } from '../../../../src/config/config-error.js';
import { InvalidAppend } from '../../../../src/event-store/errors.js';
import { appendToStream } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { EventStoreDbEventStore } from '../../../../src/event-store/eventstoredb/eventstoredb-event-store.js';
import { appendWithKey } from '../../../../src/event-store/eventstoredb/idempotent-append.js';
import { IdempotencyLedger } from '../../../../src/event-store/eventstoredb/idempotency-ledger.js';
import { toClientConnectionString } from '../../../../src/event-store/eventstoredb/mapping/connection-string.js';
import { EventStoreAccessDenied, EventStoreStreamDeleted, isTransient } from '../../../../src/event-store/eventstoredb/mapping/errors.js';
import { EventSchemaRegistry } from '../../../../src/event-store/schema-registry.js';
import { STREAM, fakeContext, twoEvents } from './fake-append-context.js';
import type { FaultKind } from './fake-esdb-client.js';

const timing = { waitMs: 50, pollMs: 5, scanLimit: 100 };

describe('append deadlines apart from read deadlines (issue 14, item 2)', () => {
  it('sends every append with the append deadline, not the read deadline', async () => {
    const { esdb, ctx } = fakeContext({ deadlineMs: 500, appendDeadlineMs: 10_000 });
    await appendToStream(ctx, twoEvents());
    expect(esdb.appendsSent.map((a) => a.deadline)).toEqual([10_000]);
  });

  it('an append slower than the read deadline but within its own is written once, not failed', async () => {
    const { esdb, ctx } = fakeContext({ deadlineMs: 20, appendDeadlineMs: 5_000 });
    esdb.appendDelayMs = 60;
    const result = await appendToStream(ctx, twoEvents());
    expect(result.revision).toBe(1);
    expect(esdb.appendsSent).toHaveLength(1);
  });

  it('takes the read deadline from the URL and the append deadline from its own setting (default 10 s)', async () => {
    const schemas = new EventSchemaRegistry();
    const stores = [
      new EventStoreDbEventStore({ url: 'esdb://127.0.0.1:1?tls=false&defaultDeadline=500', schemas }),
      new EventStoreDbEventStore({ url: 'esdb://127.0.0.1:1?tls=false', schemas, appendDeadlineMs: 30_000 }),
    ];
    const contexts = stores.map((store) => (store as unknown as { ctx: { deadlineMs: number; appendDeadlineMs: number } }).ctx);
    expect(contexts.map(({ deadlineMs, appendDeadlineMs }) => ({ deadlineMs, appendDeadlineMs })))
      .toEqual([{ deadlineMs: 500, appendDeadlineMs: 10_000 }, { deadlineMs: 2000, appendDeadlineMs: 30_000 }]);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('reads EVENTSTORE_APPEND_DEADLINE_MS and EVENTSTORE_MAX_APPEND_BYTES, with their defaults, and refuses bad values naming them', () => {
    expect(loadConfig({})).toMatchObject({ eventStoreAppendDeadlineMs: 10_000, eventStoreMaxAppendBytes: 1_048_576 });
    expect(loadConfig({ EVENTSTORE_APPEND_DEADLINE_MS: '15000', EVENTSTORE_MAX_APPEND_BYTES: '2097152' }))
      .toMatchObject({ eventStoreAppendDeadlineMs: 15_000, eventStoreMaxAppendBytes: 2_097_152 });
    expect(() => loadConfig({ EVENTSTORE_APPEND_DEADLINE_MS: '0' })).toThrow('EVENTSTORE_APPEND_DEADLINE_MS');
    expect(() => loadConfig({ EVENTSTORE_MAX_APPEND_BYTES: 'big' })).toThrow('EVENTSTORE_MAX_APPEND_BYTES');
  });
});

describe('throwOnAppendFailure=false in the URL (issue 14, item 6)', () => {
  it('is refused at start with a ConfigError naming EVENTSTORE_URL and the setting', () => {
    const env = { EVENT_STORE_ENGINE: 'eventstoredb', EVENTSTORE_URL: 'esdb://localhost:2113?tls=false&throwOnAppendFailure=false' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/EVENTSTORE_URL.*throwOnAppendFailure=false/);
    expect(loadConfig({ EVENTSTORE_URL: 'esdb://localhost:2113?tls=false&throwOnAppendFailure=true' }).eventStoreUrl).toContain('throwOnAppendFailure=true');
  });

  it('is refused by the adapter too (a hand-built configuration, the migrate CLI)', () => {
    expect(() => toClientConnectionString('esdb://localhost:2113?throwOnAppendFailure=false&tls=false', 2000)).toThrow(/throwOnAppendFailure=false/);
  });
});

describe('error classes (issue 14, item 3)', () => {
  it('CancelledError (the server shutting down) is transient: reads and subscriptions retry it', () => {
    expect(isTransient(new CancelledError(undefined, '1 CANCELLED'))).toBe(true);
  });

  it.each([
    ['stream-deleted', EventStoreStreamDeleted],
    ['access-denied', EventStoreAccessDenied],
    ['max-append-size', InvalidAppend],
  ] as const)('%s is a definite refusal: typed, sent once (no resend), nothing written', async (kind, type) => {
    const { esdb, ctx } = fakeContext();
    esdb.faults.push({ stream: STREAM, kind: kind as FaultKind, land: 'never' });
    await expect(appendToStream(ctx, twoEvents())).rejects.toBeInstanceOf(type);
    expect(esdb.appendsSent).toHaveLength(1);
    expect(esdb.events(STREAM)).toHaveLength(0);
  });

  it.each(['stream-deleted', 'access-denied', 'max-append-size'] as const)('%s releases the idempotency key (never "uncertain" for ever)', async (kind) => {
    const { esdb, ctx } = fakeContext();
    const ledger = new IdempotencyLedger(ctx);
    const request = twoEvents('any', `key-${kind}`);
    esdb.faults.push({ stream: STREAM, kind, land: 'never' });
    await expect(appendWithKey(ctx, ledger, request, request.idempotency!, timing)).rejects.toBeDefined();
    expect(await ledger.state(request.idempotency!.key)).toMatchObject({ state: 'free' });
    // Free again: the same key's next attempt writes once.
    await appendWithKey(ctx, ledger, request, request.idempotency!, timing);
    expect(esdb.events(STREAM)).toHaveLength(2);
  });

  it('an append larger than the configured maximum is a 400 (InvalidAppend MAX_APPEND_SIZE) before sending, and frees its key', async () => {
    const { esdb, ctx } = fakeContext({ maxAppendBytes: 1200 });
    const ledger = new IdempotencyLedger(ctx);
    const big = { ...twoEvents('any', 'key-big'), events: [{ type: 'ThingHappened', data: { text: 'x'.repeat(1500) } }] };
    const error = await appendWithKey(ctx, ledger, big, big.idempotency!, timing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidAppend);
    expect(error).toMatchObject({ code: 'INVALID_APPEND', field: 'events', rule: 'MAX_APPEND_SIZE' });
    expect((error as Error).message).toContain('EVENTSTORE_MAX_APPEND_BYTES');
    expect(esdb.appendsSent).toHaveLength(0);
    expect(await ledger.state('key-big')).toMatchObject({ state: 'free' });
    await expect(appendToStream(ctx, twoEvents())).resolves.toMatchObject({ revision: 1 });
  });
});
