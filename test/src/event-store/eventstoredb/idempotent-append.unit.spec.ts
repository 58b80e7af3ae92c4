import { describe, it, expect } from '@jest/globals';
import { AppendOutcomeUnknown, WrongExpectedRevision } from '../../../../src/event-store/errors.js';
import type { AppendRequest, ExpectedRevision } from '../../../../src/event-store/event-store.port.js';
import { appendToStream } from '../../../../src/event-store/eventstoredb/esdb-append.js';
import { appendWithKey } from '../../../../src/event-store/eventstoredb/idempotent-append.js';
import { IdempotencyLedger } from '../../../../src/event-store/eventstoredb/idempotency-ledger.js';
import { testMetadata } from '../../../support/metadata.js';
import { fakeContext } from './fake-append-context.js';

const STREAM = 'subject-1';
const KEY = 'retry-key-1';
const timing = { waitMs: 50, pollMs: 5, scanLimit: 100 };

function setup() {
  const { esdb, ctx } = fakeContext();
  const ledger = new IdempotencyLedger(ctx);
  const request = (expected: ExpectedRevision = 'any'): AppendRequest => ({
    stream: STREAM, expected, metadata: testMetadata(), idempotency: { key: KEY, fingerprint: 'fp-1' },
    events: [{ type: 'ThingHappened', data: { n: 1 } }, { type: 'ThingHappened', data: { n: 2 } }],
  });
  const send = (expected?: ExpectedRevision) => appendWithKey(ctx, ledger, request(expected), request(expected).idempotency!, timing);
  const other = () => appendToStream(ctx, { stream: STREAM, expected: 'any', metadata: testMetadata(), events: [{ type: 'ThingHappened', data: { n: 9 } }] });
  /** The next append fails after sending and the server stays away, so the read-back cannot tell (outcome unknown). */
  const unresolvable = (land: boolean) => esdb.faults.push({ stream: STREAM, kind: 'unavailable', land: land ? 'before' : 'never', thenReadsFail: true });
  const serverBack = () => { esdb.readsDown = false; };
  return { esdb, ledger, send, other, unresolvable, serverBack };
}

describe('EventStoreDB idempotency keys after an ambiguous failure that cannot be resolved at once', () => {
  it('keeps the key (uncertain) when the append may have landed, and a retry returns the landed events as the first result', async () => {
    const { esdb, ledger, send, unresolvable, serverBack } = setup();
    unresolvable(true);
    await expect(send()).rejects.toBeInstanceOf(AppendOutcomeUnknown);
    serverBack();
    expect(await ledger.state(KEY)).toMatchObject({ state: 'reserved', uncertain: true, expectedRevision: -1 });

    const retry = await send();
    expect(retry.replayed).toBe(true);
    expect(retry.events.map((e) => e.eventId)).toEqual(esdb.events(STREAM).map((e) => e.id));
    expect(esdb.events(STREAM)).toHaveLength(2);
    expect(await ledger.state(KEY)).toMatchObject({ state: 'completed', firstRevision: 0, revision: 1 });
    expect((await send()).replayed).toBe(true);
    expect(esdb.events(STREAM)).toHaveLength(2);
  });

  it('appends once on retry when the first attempt did not land, sent at the same expected revision as the first attempt', async () => {
    const { esdb, send, other, unresolvable, serverBack } = setup();
    await other();
    unresolvable(false);
    await expect(send()).rejects.toBeInstanceOf(AppendOutcomeUnknown);
    serverBack();
    const retry = await send();
    expect(retry.replayed).toBe(false);
    expect(esdb.events(STREAM)).toHaveLength(3);
    expect(esdb.appendsSent.slice(1).map((a) => a.expected)).toEqual(['0', '0']);
  });

  it('after the stream moved on without our events, an `any` retry appends once on the new head', async () => {
    const { esdb, send, other, unresolvable, serverBack } = setup();
    unresolvable(false);
    await expect(send()).rejects.toBeInstanceOf(AppendOutcomeUnknown);
    serverBack();
    await other();
    const retry = await send();
    expect(retry.events.map((e) => e.revision)).toEqual([1, 2]);
    expect(esdb.events(STREAM).map((e) => e.type)).toHaveLength(3);
    expect(esdb.appendsSent.map((a) => a.expected)).toEqual(['no_stream', 'no_stream', 'no_stream', '0']);
  });

  it('releases the key only when the server refused the append (nothing written): WrongExpectedRevision', async () => {
    const { esdb, ledger, send, other, unresolvable, serverBack } = setup();
    unresolvable(false);
    await expect(send('no_stream')).rejects.toBeInstanceOf(AppendOutcomeUnknown);
    serverBack();
    await other();
    await expect(send('no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect(await ledger.state(KEY)).toMatchObject({ state: 'free' });
    expect(esdb.events(STREAM)).toHaveLength(1);
  });

  it('takes over a stale reservation (its holder crashed) after the wait, finding the events it wrote', async () => {
    const { esdb, ledger, send, unresolvable, serverBack } = setup();
    unresolvable(true);
    await expect(send()).rejects.toBeInstanceOf(AppendOutcomeUnknown);
    serverBack();
    // As if the holder crashed before marking the key uncertain: a plain reservation naming revision -1.
    const state = await ledger.state(KEY);
    await ledger.reserve(KEY, { fingerprint: 'fp-1', stream: STREAM, expectedRevision: -1 }, state.keyRevision);
    const retry = await send();
    expect(retry.replayed).toBe(true);
    expect(esdb.events(STREAM)).toHaveLength(2);
  });
});
