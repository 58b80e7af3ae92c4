import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { EventStore, StoredEvent } from '../../src/event-store/event-store.port.js';
import { EventSchemaRegistry } from '../../src/event-store/schema-registry.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { GREW_AFTER_V1, READ_AT_V2, schemasBeforeV2, storedV1Data } from './v1-stored-events.js';
import { IdempotencyConflict, InvalidAppend, UnknownEventType, WrongExpectedRevision } from '../../src/event-store/errors.js';
import type { Clock } from '../../src/shared/clock.js';
import { ManualClock } from '../support/clocks.js';
import { itIf } from '../support/describe-if.js';
import { testMetadata } from '../support/metadata.js';

/** What each adapter's test file provides: storage that survives close/open, and a way to corrupt it. */
export interface EventStoreHarness {
  /** Opens the store on the same backing storage each time (a reopen sees earlier appends). */
  open(schemas: EventSchemaRegistry, clock?: Clock): Promise<EventStore>;
  /** Changes one stored byte of the event at `position` behind the store's back; absent where the engine forbids it. */
  tamper?(position: number): Promise<void>;
  readonly gapFreePositions: boolean;
  dispose(): Promise<void>;
}

const TYPES = ['ThingHappened', 'OtherThingHappened'];

function schemas(): EventSchemaRegistry {
  const registry = new EventSchemaRegistry();
  TYPES.forEach((type) => registry.register(type));
  return registry;
}

const thing = (n: number) => ({ type: 'ThingHappened', data: { n, note: `event ${n}` } });

/** What the harness can do, known before it is created (jest decides run or skip when it collects the tests). */
export interface ContractOptions {
  /** The harness has a tamper hook (default true); false: the tamper test is reported as SKIPPED. */
  readonly canTamper?: boolean;
}

/** The event store port's contract, written once and run against every adapter. */
export function eventStoreContract(adapter: string, createHarness: () => Promise<EventStoreHarness>, options: ContractOptions = {}): void {
  const canTamper = options.canTamper ?? true;
  if (!canTamper) console.log(`[${adapter}] tamper test SKIPPED: the engine cannot change a stored event in place`);
  describe(`event store contract [${adapter}]`, () => {
    let harness: EventStoreHarness;
    let store: EventStore;
    let clock: ManualClock;
    let streamSeq = 0;
    const uniqueStream = (category = 'thing') => `${category}-t${Date.now().toString(36)}x${(streamSeq += 1)}`;

    beforeEach(async () => {
      harness = await createHarness();
      clock = ManualClock.at('2026-03-06T01:30:00Z');
      store = await harness.open(schemas(), clock);
    });
    afterEach(async () => {
      await store.close();
      await harness.dispose();
    });

    describe('append and expected revision', () => {
      it('writes events with 0-based revisions, increasing positions and stamped metadata', async () => {
        const stream = uniqueStream();
        const result = await store.append({ stream, events: [thing(1), thing(2)], expected: 'no_stream', metadata: testMetadata() });
        expect(result.revision).toBe(1);
        expect(result.replayed).toBe(false);
        expect(result.events.map((e) => e.revision)).toEqual([0, 1]);
        expect(result.events[1]!.position).toBeGreaterThan(result.events[0]!.position);
        const [first] = result.events;
        expect(first!.eventId).toMatch(/^[0-9a-f-]{36}$/);
        expect(first!.schemaVersion).toBe(1);
        expect(first!.metadata.recordedAt).toBe('2026-03-06T09:30:00.000+08:00');
        expect(first!.metadata.actor).toEqual({ kind: 'department', id: 'officer-7', department: 'ks-drc' });
        expect(first!.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(result.events[1]!.metadata.prevHash).toBe(first!.metadata.hash);
        expect(await store.readStream(stream)).toEqual(result.events);
      });

      it('refuses a stale expected revision with WrongExpectedRevision carrying the actual revision, writing nothing', async () => {
        const stream = uniqueStream();
        await store.append({ stream, events: [thing(1), thing(2)], expected: 'no_stream', metadata: testMetadata() });
        const head = await store.headPosition();
        const attempt = store.append({ stream, events: [thing(3)], expected: 0, metadata: testMetadata() });
        await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(attempt).rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: 1, stream });
        expect(await store.headPosition()).toBe(head);
      });

      it('honours no_stream, stream_exists and any', async () => {
        const stream = uniqueStream();
        await expect(store.append({ stream, events: [thing(1)], expected: 'stream_exists', metadata: testMetadata() }))
          .rejects.toMatchObject({ actual: -1 });
        await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata() });
        await expect(store.append({ stream, events: [thing(2)], expected: 'no_stream', metadata: testMetadata() }))
          .rejects.toMatchObject({ actual: 0 });
        await store.append({ stream, events: [thing(2)], expected: 'stream_exists', metadata: testMetadata() });
        const last = await store.append({ stream, events: [thing(3)], expected: 'any', metadata: testMetadata() });
        expect(last.revision).toBe(2);
      });

      it('lets exactly one of N concurrent appends win each revision; the rest get WrongExpectedRevision', async () => {
        const stream = uniqueStream();
        await store.append({ stream, events: [thing(0)], expected: 'no_stream', metadata: testMetadata() });
        const attempts = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => store.append({ stream, events: [thing(i + 1)], expected: 0, metadata: testMetadata() })),
        );
        const won = attempts.filter((a) => a.status === 'fulfilled');
        const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(19);
        lost.forEach((a) => expect(a.reason).toBeInstanceOf(WrongExpectedRevision));
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0, 1]);
      });

      it('fails only its own append when concurrent appends to other streams succeed', async () => {
        const streams = [uniqueStream(), uniqueStream(), uniqueStream()];
        const results = await Promise.allSettled([
          store.append({ stream: streams[0]!, events: [thing(1)], expected: 'no_stream', metadata: testMetadata() }),
          store.append({ stream: streams[1]!, events: [thing(2)], expected: 5, metadata: testMetadata() }),
          store.append({ stream: streams[2]!, events: [thing(3)], expected: 'any', metadata: testMetadata() }),
        ]);
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
        expect(await store.readStream(streams[1]!)).toEqual([]);
      });

      it('gives concurrent appends to many streams distinct, increasing positions', async () => {
        const before = await store.headPosition();
        const results = await Promise.all(Array.from({ length: 30 }, (_, i) =>
          store.append({ stream: uniqueStream(), events: [thing(i), thing(i + 100)], expected: 'no_stream', metadata: testMetadata() })));
        const positions = results.flatMap((r) => r.events.map((e) => e.position)).sort((a, b) => a - b);
        expect(new Set(positions).size).toBe(60);
        expect(positions[0]).toBeGreaterThan(before);
        if (harness.gapFreePositions) expect(positions).toEqual(Array.from({ length: 60 }, (_, i) => before + 1 + i));
      });
    });

    describe('idempotency keys', () => {
      it('returns the first result for a retry with the same key and appends nothing', async () => {
        const stream = uniqueStream();
        const idempotency = { key: `key-${stream}`, fingerprint: 'sha256-aaa' };
        const first = await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata(), idempotency });
        const head = await store.headPosition();
        const retry = await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata(), idempotency });
        expect(retry.replayed).toBe(true);
        expect(retry.events).toEqual(first.events);
        expect(retry.position).toBe(first.position);
        expect(await store.headPosition()).toBe(head);
        expect(first.events[0]!.metadata.idempotencyKey).toBe(idempotency.key);
        expect(await store.lookupIdempotencyKey(idempotency.key)).toEqual({ fingerprint: 'sha256-aaa', result: retry });
        expect(await store.lookupIdempotencyKey('key-never-used')).toBeNull();
      });

      it('refuses the same key with different content (IdempotencyConflict) and writes nothing', async () => {
        const stream = uniqueStream();
        const key = `key-${stream}`;
        await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata(), idempotency: { key, fingerprint: 'one' } });
        const head = await store.headPosition();
        await expect(store.append({ stream, events: [thing(2)], expected: 'any', metadata: testMetadata(), idempotency: { key, fingerprint: 'two' } }))
          .rejects.toBeInstanceOf(IdempotencyConflict);
        expect(await store.headPosition()).toBe(head);
      });

      it('writes once when two requests with the same key race', async () => {
        const stream = uniqueStream();
        const idempotency = { key: `key-${stream}`, fingerprint: 'same' };
        const [a, b] = await Promise.all([
          store.append({ stream, events: [thing(1)], expected: 'any', metadata: testMetadata(), idempotency }),
          store.append({ stream, events: [thing(1)], expected: 'any', metadata: testMetadata(), idempotency }),
        ]);
        expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('keeps keys durably: a reopened store still recognises a retry', async () => {
        const stream = uniqueStream();
        const idempotency = { key: `key-${stream}`, fingerprint: 'durable' };
        await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata(), idempotency });
        await store.close();
        store = await harness.open(schemas(), clock);
        const retry = await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata(), idempotency });
        expect(retry.replayed).toBe(true);
      });
    });

    describe('reading', () => {
      it('reads the whole log in global order, paged by position', async () => {
        const a = uniqueStream();
        const b = uniqueStream();
        const start = await store.headPosition();
        await store.append({ stream: a, events: [thing(1)], expected: 'any', metadata: testMetadata() });
        await store.append({ stream: b, events: [thing(2), thing(3)], expected: 'any', metadata: testMetadata() });
        await store.append({ stream: a, events: [thing(4)], expected: 'any', metadata: testMetadata() });
        const page1 = await store.readAll(start, 2);
        const page2 = await store.readAll(page1.at(-1)!.position, 10);
        const ours = [...page1, ...page2].filter((e) => e.stream === a || e.stream === b);
        expect(ours.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);
        const positions = [...page1, ...page2].map((e) => e.position);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        expect(await store.headPosition()).toBe(positions.at(-1));
      });

      it('reads a stream by revision range', async () => {
        const stream = uniqueStream();
        await store.append({ stream, events: [thing(0), thing(1), thing(2), thing(3)], expected: 'no_stream', metadata: testMetadata() });
        const middle = await store.readStream(stream, { fromRevision: 1, toRevision: 2 });
        expect(middle.map((e) => e.data.n)).toEqual([1, 2]);
        expect(await store.readStream(uniqueStream())).toEqual([]);
      });

      it('asOf returns only the events recorded at or before an instant (auditor time-travel)', async () => {
        const stream = uniqueStream();
        clock.set('2026-03-06T01:00:00Z');
        await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata() });
        clock.set('2026-03-07T01:00:00Z');
        await store.append({ stream, events: [thing(2)], expected: 0, metadata: testMetadata() });
        clock.set('2026-03-08T01:00:00Z');
        await store.append({ stream, events: [thing(3)], expected: 1, metadata: testMetadata() });
        const asOf = async (at: string) => (await store.readStream(stream, { asOf: at })).map((e) => e.data.n);
        expect(await asOf('2026-03-07T09:00:00+08:00')).toEqual([1, 2]);
        expect(await asOf('2026-03-07T08:59:59.999+08:00')).toEqual([1]);
        expect(await asOf('2026-03-05T00:00:00+08:00')).toEqual([]);
        expect(await asOf('2026-12-31T00:00:00Z')).toEqual([1, 2, 3]);
      });

      it('never records an instant earlier than the previous event, even if the clock steps back', async () => {
        const stream = uniqueStream();
        clock.set('2026-03-08T01:00:00Z');
        await store.append({ stream, events: [thing(1)], expected: 'no_stream', metadata: testMetadata() });
        clock.set('2026-03-01T01:00:00Z');
        const second = await store.append({ stream, events: [thing(2)], expected: 0, metadata: testMetadata() });
        expect(second.events[0]!.metadata.recordedAt).toBe('2026-03-08T09:00:00.000+08:00');
      });
    });

    describe('subscription', () => {
      it('hands over from catch-up to live with no gap and no duplicate while writes continue', async () => {
        const start = await store.headPosition();
        const stream = uniqueStream();
        for (let i = 0; i < 40; i += 1) await store.append({ stream, events: [thing(i)], expected: 'any', metadata: testMetadata() });
        const subscription = store.subscribe(start, { batchSize: 7 });
        const seen: StoredEvent[] = [];
        const writer = (async () => {
          for (let i = 40; i < 100; i += 3) {
            await Promise.all([0, 1, 2].map((k) => store.append({ stream: `${stream}b${k}`, events: [thing(i + k)], expected: 'any', metadata: testMetadata() })));
          }
        })();
        for await (const batch of subscription) {
          seen.push(...batch);
          if (seen.filter((e) => e.stream.startsWith(stream)).length >= 100) break;
        }
        subscription.close();
        await writer;
        const ours = seen.filter((e) => e.stream.startsWith(stream));
        const positions = seen.map((e) => e.position);
        expect(new Set(positions).size).toBe(positions.length);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(ours.map((e) => e.data.n).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 100 }, (_, i) => i));
        if (harness.gapFreePositions) expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => start + 1 + i));
      });
    });

    describe('tamper evidence', () => {
      it('verifies an intact log and stream', async () => {
        const stream = uniqueStream();
        await store.append({ stream, events: [thing(1), thing(2), thing(3)], expected: 'no_stream', metadata: testMetadata() });
        expect(await store.verify(stream)).toMatchObject({ ok: true, checkedEvents: 3, checkedStreams: 1, firstBroken: null });
        expect((await store.verify()).ok).toBe(true);
      });

      itIf(canTamper)('finds a single changed byte in a stored event and names the first broken revision and position', async () => {
        if (!harness.tamper) throw new Error(`[${adapter}] the harness declares canTamper but has no tamper hook`);
        const stream = uniqueStream();
        const { events } = await store.append({ stream, events: [thing(1), thing(2), thing(3)], expected: 'no_stream', metadata: testMetadata() });
        await harness.tamper(events[1]!.position);
        const report = await store.verify(stream);
        expect(report.ok).toBe(false);
        expect(report.firstBroken).toEqual({ stream, revision: 1, position: events[1]!.position, reason: 'hash-mismatch' });
        expect((await store.verify()).firstBroken).toMatchObject({ stream, revision: 1 });
      });
    });

    describe('schemas and upcasting', () => {
      it('serves an old event shape in the new one through an upcaster, without rewriting history', async () => {
        const stream = uniqueStream();
        await store.append({ stream, events: [{ type: 'ThingHappened', data: { n: 7, note: 'old shape' } }], expected: 'no_stream', metadata: testMetadata() });
        await store.close();
        const v2 = schemas().register('ThingHappened', 2)
          .registerUpcaster('ThingHappened', 1, (data) => ({ count: data.n ?? null, note: data.note ?? null }));
        store = await harness.open(v2, clock);
        const [event] = await store.readStream(stream);
        expect(event).toMatchObject({ schemaVersion: 2, data: { count: 7, note: 'old shape' } });
        expect((await store.verify(stream)).ok).toBe(true);
      });

      it('A10, A13, A26, A8, A9: serves the domain events stored at v1 at v2 through the registered upcasters (readStream, readAll), the chain verifying', async () => {
        const stream = uniqueStream();
        await store.close();
        store = await harness.open(schemasBeforeV2(), clock);
        const after = await store.headPosition();
        await store.append({ stream, events: GREW_AFTER_V1.map((type) => ({ type, data: storedV1Data(type) })), expected: 'no_stream', metadata: testMetadata() });
        expect((await store.readStream(stream)).map((e) => e.schemaVersion)).toEqual([1, 1, 1]);
        await store.close();
        store = await harness.open(domainEventSchemas(), clock);
        const read = await store.readStream(stream);
        expect(read.map((e) => [e.type, e.schemaVersion, e.data])).toEqual(GREW_AFTER_V1.map((type) => [type, 2, READ_AT_V2[type]]));
        expect((await store.readAll(after, 100)).filter((e) => e.stream === stream)).toEqual(read);
        expect(await store.verify(stream)).toMatchObject({ ok: true, checkedEvents: 3 });
      });

      it('refuses to read an unknown event type without an upcaster (a typed error naming the type, never a skip)', async () => {
        const stream = uniqueStream();
        await store.append({ stream, events: [{ type: 'OtherThingHappened', data: {} }], expected: 'no_stream', metadata: testMetadata() });
        await store.close();
        store = await harness.open(new EventSchemaRegistry().register('ThingHappened'), clock);
        await expect(store.readStream(stream)).rejects.toMatchObject({ code: 'UNKNOWN_EVENT_TYPE', type: 'OtherThingHappened' });
      });
    });

    describe('bad input writes nothing', () => {
      it.each([
        ['stream', { stream: 'Not A Stream' }],
        ['stream', { stream: 'noprefix' }],
        ['metadata.commandId', { metadata: testMetadata({ commandId: '' }) }],
        ['metadata.actor.kind', { metadata: testMetadata({ actor: { kind: 'pirate' as never, id: 'x', department: null } }) }],
        ['expected', { expected: 1.5 }],
        ['events[0].data', { events: [{ type: 'ThingHappened', data: [] as never }] }],
      ])('refuses a bad %s before writing', async (field, override) => {
        const head = await store.headPosition();
        const attempt = store.append({ stream: uniqueStream(), events: [thing(1)], expected: 'any', metadata: testMetadata(), ...override });
        await expect(attempt).rejects.toBeInstanceOf(InvalidAppend);
        await expect(attempt).rejects.toMatchObject({ field });
        expect(await store.headPosition()).toBe(head);
      });

      it('refuses an unregistered event type on append', async () => {
        const head = await store.headPosition();
        await expect(store.append({ stream: uniqueStream(), events: [{ type: 'NeverHeardOf', data: {} }], expected: 'any', metadata: testMetadata() }))
          .rejects.toBeInstanceOf(UnknownEventType);
        expect(await store.headPosition()).toBe(head);
      });
    });
  });
}
