import { StreamNotFoundError, UnavailableError, WrongExpectedVersionError, type EventStoreDBClient } from '@eventstore/db-client';

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

interface Sent { readonly id: string; readonly type: string; readonly data: unknown; readonly metadata: unknown }

/**
 * An in-memory stand-in for the parts of client 6.2 the idempotent append uses: stream reads,
 * appends with an expected revision, and the server's idempotent-write check (the same ids resent
 * at the same expected revision are acknowledged, not written again). `failNextAppendTo` makes the
 * next append to a stream fail with UNAVAILABLE after landing (`land: true`) or before it.
 */
export class FakeEsdb {
  readonly streams = new Map<string, Recorded[]>();
  /** Every append to a non-key stream: the expected revision it was sent with. */
  readonly appendsSent: { stream: string; expected: string }[] = [];
  failNextAppendTo: { stream: string; land: boolean } | null = null;
  private position = 0n;

  get client(): EventStoreDBClient {
    return { readStream: this.readStream.bind(this), appendToStream: this.appendToStream.bind(this) } as unknown as EventStoreDBClient;
  }

  head(): number {
    return Number(this.position);
  }

  events(stream: string): Recorded[] {
    return this.streams.get(stream) ?? [];
  }

  private readStream(name: string, options: { direction?: string; fromRevision?: string | bigint; maxCount?: number | bigint } = {}) {
    const stream = this.streams.get(name);
    const backwards = options.direction === 'backwards';
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    async function* iterate() {
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

  private async appendToStream(name: string, sent: Sent | Sent[], options: { expectedRevision: string | bigint }) {
    const events = Array.isArray(sent) ? sent : [sent];
    const stream = this.streams.get(name) ?? [];
    const current = stream.length - 1;
    const expected = options.expectedRevision === 'no_stream' ? -1 : Number(options.expectedRevision);
    if (!name.includes('idempotency-')) this.appendsSent.push({ stream: name, expected: String(options.expectedRevision) });
    const failure = this.failNextAppendTo?.stream === name ? this.failNextAppendTo : null;
    if (failure) this.failNextAppendTo = null;
    if (failure && !failure.land) throw new UnavailableError(undefined, '14 UNAVAILABLE: connection dropped');
    if (expected !== current) {
      const already = stream.slice(expected + 1, expected + 1 + events.length);
      if (already.length === events.length && already.every((e, i) => e.id === events[i]!.id)) return { success: true };
      throw new WrongExpectedVersionError(undefined, { streamName: name, expected: BigInt(expected), current: current < 0 ? 'no_stream' : BigInt(current) });
    }
    for (const event of events) {
      this.position += 100n;
      stream.push({
        streamId: name, id: event.id, revision: BigInt(stream.length), type: event.type, data: event.data, metadata: event.metadata,
        isJson: true, position: { commit: this.position, prepare: this.position },
      });
    }
    this.streams.set(name, stream);
    if (failure) throw new UnavailableError(undefined, '14 UNAVAILABLE: connection dropped after the write');
    return { success: true };
  }
}
