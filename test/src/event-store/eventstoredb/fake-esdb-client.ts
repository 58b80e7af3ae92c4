import { StreamNotFoundError, UnavailableError, WrongExpectedVersionError, type EventStoreDBClient } from '@eventstore/db-client';
import { EventEmitter } from 'node:events';
import { FOREIGN_METADATA, faultError, type AppendFault } from './fake-esdb-faults.js';

export type { AppendFault, FaultKind } from './fake-esdb-faults.js';

interface Recorded {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly isJson: true;
  readonly position: { commit: bigint; prepare: bigint };
}

/** A filtered $all subscription as the client's (an event emitter: confirmation, data, error, end). */
type FakeSubscription = EventEmitter & { readonly prefixes: readonly string[]; unsubscribe(): Promise<void>; pause(): void; resume(): void };

interface Sent { readonly id: string; readonly type: string; readonly data: unknown; readonly metadata: unknown }

/**
 * A fault-injecting, in-memory stand-in for the few methods of client 6.2 the adapter uses (stream
 * reads, appends with an expected revision and deadline, $all subscriptions) with the server's
 * idempotent-write check: the same ids resent at the same expected revision are acknowledged, not
 * written again. A fake is right here and only here: no EventStoreDB server runs on this machine
 * (the contract suite covers a real one when EVENTSTORE_URL is set).
 */
export class FakeEsdb {
  readonly streams = new Map<string, Recorded[]>();
  /** Every append to a non-key stream: the expected revision and the deadline it was sent with. */
  readonly appendsSent: { stream: string; expected: string; deadline: number | undefined }[] = [];
  /** Every readStream call's options (requiresLeader included). */
  readonly readsSent: { stream: string; requiresLeader: boolean }[] = [];
  readonly faults: AppendFault[] = [];
  /** Every read fails with UNAVAILABLE while set. */
  readsDown = false;
  /** Each append answers only after this long (ms): a slow but working server. */
  appendDelayMs = 0;
  /** Every read of $all: the number of records it asked for. */
  readonly allReads: number[] = [];
  /** Every $all subscription ever opened, and those still open. */
  subscriptionsOpened = 0;
  readonly openSubscriptions = new Set<FakeSubscription>();
  private position = 0n;
  private readonly pendingLandings = new Map<string, () => void>();

  get client(): EventStoreDBClient {
    return {
      readStream: this.readStream.bind(this), appendToStream: this.appendToStream.bind(this), subscribeToAll: this.subscribeToAll.bind(this),
      readAll: this.readAll.bind(this), dispose: async () => { this.dropSubscriptions('end'); },
    } as unknown as EventStoreDBClient;
  }

  /** Every open subscription fails with `error` (a restart: CancelledError; a dropped link: UnavailableError), or ends. */
  dropSubscriptions(error: Error | 'end'): void {
    for (const sub of [...this.openSubscriptions]) {
      this.openSubscriptions.delete(sub);
      if (error === 'end') sub.emit('end');
      else sub.emit('error', error);
    }
  }

  /** `count` records of a stream that is not ours (system, idempotency keys, another namespace). */
  writeOthers(stream: string, count: number): void {
    for (let i = 0; i < count; i += 1) {
      const revision = this.events(stream).length - 1;
      this.write(stream, [{ id: `00000000-0000-4000-9000-${String(this.head() + 100 + i).padStart(12, '0')}`, type: '$stat', data: {}, metadata: {} }],
        revision < 0 ? 'no_stream' : BigInt(revision));
    }
  }

  private readAll(options: { direction?: string; fromPosition?: 'start' | 'end' | { commit: bigint }; maxCount?: number } = {}) {
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    this.allReads.push(max);
    const backwards = options.direction === 'backwards';
    const all = [...this.streams.values()].flat().sort((a, b) => Number(a.position.commit - b.position.commit));
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    const at = from === 'start' ? 0n : from === 'end' ? this.position : from.commit;
    const picked = (backwards ? all.reverse().filter((e) => e.position.commit <= at) : all.filter((e) => e.position.commit >= at)).slice(0, max);
    const down = this.readsDown;
    async function* iterate() {
      if (down) throw new UnavailableError(undefined, '14 UNAVAILABLE: no connection established');
      for (const event of picked) yield { event };
    }
    return Object.assign(iterate(), { cancel: async () => undefined });
  }

  /** Confirms, replays our stored events after `fromPosition` in $all order, then pushes each new one live. */
  private subscribeToAll(options: { fromPosition: 'start' | 'end' | { commit: bigint }; filter: { prefixes: string[] } }): FakeSubscription {
    this.subscriptionsOpened += 1;
    const sub = Object.assign(new EventEmitter(), {
      prefixes: options.filter.prefixes,
      unsubscribe: async () => { this.openSubscriptions.delete(sub); },
      pause: () => undefined,
      resume: () => undefined,
    });
    this.openSubscriptions.add(sub);
    const from = options.fromPosition === 'start' ? 0n : options.fromPosition === 'end' ? this.position + 1n : options.fromPosition.commit;
    setImmediate(() => {
      if (!this.openSubscriptions.has(sub)) return;
      sub.emit('confirmation');
      const stored = [...this.streams.values()].flat().sort((a, b) => Number(a.position.commit - b.position.commit));
      for (const event of stored) if (event.position.commit >= from) this.push(sub, event);
    });
    return sub;
  }

  private push(sub: FakeSubscription, event: Recorded): void {
    if (sub.prefixes.some((prefix) => event.streamId.startsWith(prefix))) sub.emit('data', { event });
  }

  /** Old switch kept for the older tests: fail the next append with UNAVAILABLE, after landing or before. */
  set failNextAppendTo(value: { stream: string; land: boolean } | null) {
    if (value) this.faults.push({ stream: value.stream, kind: 'unavailable', land: value.land ? 'before' : 'never' });
  }

  head(): number {
    return Number(this.position);
  }

  events(stream: string): Recorded[] {
    return this.streams.get(stream) ?? [];
  }

  private readStream(name: string, options: { direction?: string; fromRevision?: string | bigint; maxCount?: number | bigint; requiresLeader?: boolean } = {}) {
    this.readsSent.push({ stream: name, requiresLeader: options.requiresLeader === true });
    const stream = this.streams.get(name);
    const backwards = options.direction === 'backwards';
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const down = this.readsDown;
    async function* iterate() {
      if (down) throw new UnavailableError(undefined, '14 UNAVAILABLE: no connection established');
      if (!stream) throw new StreamNotFoundError(undefined, name);
      const from = options.fromRevision;
      let picked = backwards
        ? [...stream].reverse().filter((e) => from === undefined || from === 'end' || e.revision <= BigInt(from as bigint))
        : stream.filter((e) => from === undefined || from === 'start' || e.revision >= BigInt(from as bigint));
      picked = picked.slice(0, max);
      for (const event of picked) yield { event };
    }
    return Object.assign(iterate(), { cancel: async () => undefined });
  }

  private async appendToStream(name: string, sent: Sent | Sent[], options: { expectedRevision: string | bigint; deadline?: number }) {
    const events = Array.isArray(sent) ? sent : [sent];
    if (!name.includes('idempotency-')) this.appendsSent.push({ stream: name, expected: String(options.expectedRevision), deadline: options.deadline });
    // An earlier attempt still in flight lands first.
    this.pendingLandings.get(name)?.();
    this.pendingLandings.delete(name);
    if (this.appendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.appendDelayMs));
    const index = this.faults.findIndex((fault) => fault.stream === name);
    const fault = index >= 0 ? this.faults.splice(index, 1)[0]! : null;
    if (fault && ['stream-deleted', 'access-denied', 'max-append-size'].includes(fault.kind)) throw faultError(fault.kind, name);
    const write = () => this.write(name, events, options.expectedRevision);
    if (!fault) return write();
    if (fault.foreignFirst) this.write(name, [{ id: '00000000-0000-4000-8000-00000000f0e1', type: 'ThingHappened', data: { n: 99 }, metadata: FOREIGN_METADATA }], options.expectedRevision);
    if (fault.land === 'before') write();
    if (fault.land === 'later') this.pendingLandings.set(name, () => { write(); });
    if (fault.thenReadsFail) this.readsDown = true;
    if (fault.kind === 'hang') return new Promise<never>(() => undefined);
    throw faultError(fault.kind, name);
  }

  /** The server's write with its expected-revision and idempotent-write checks. */
  private write(name: string, events: readonly Sent[], expectedRevision: string | bigint): { success: true } {
    const stream = this.streams.get(name) ?? [];
    const current = stream.length - 1;
    const expected = expectedRevision === 'no_stream' ? -1 : Number(expectedRevision);
    if (expected !== current) {
      const already = stream.slice(expected + 1, expected + 1 + events.length);
      if (already.length === events.length && already.every((e, i) => e.id === events[i]!.id)) return { success: true };
      throw new WrongExpectedVersionError(undefined, { streamName: name, expected: BigInt(expected), current: current < 0 ? 'no_stream' : BigInt(current) });
    }
    for (const event of events) {
      this.position += 100n;
      const recorded: Recorded = {
        streamId: name, id: event.id, revision: BigInt(stream.length), type: event.type, data: event.data, metadata: event.metadata,
        isJson: true, position: { commit: this.position, prepare: this.position },
      };
      stream.push(recorded);
      for (const sub of this.openSubscriptions) this.push(sub, recorded);
    }
    this.streams.set(name, stream);
    return { success: true };
  }
}
