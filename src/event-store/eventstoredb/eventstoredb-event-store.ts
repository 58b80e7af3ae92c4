import { EventStoreDBClient } from '@eventstore/db-client';
import { esdbLogIdentity } from './log-identity.js';
import { parseInstantMs, systemClock, type Clock } from '../../shared/clock.js';
import type {
  AppendRequest, AppendResult, EventStore, LogSubscription, ReadStreamOptions, StoredEvent, VerifyReport,
} from '../event-store.port.js';
import { EventStoreUnavailable, InvalidAppend } from '../errors.js';
import { checkAppendRequest, checkReadRange, checkStreamName, streamReadBounds } from '../append-validation.js';
import { ChainVerifier } from '../chain-verifier.js';
import type { EventImporter, ImportHead } from '../event-importer.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { importIntoEsdb, lastEventOfOurs } from './esdb-import.js';
import { appendToStream, type AppendContext } from './esdb-append.js';
import { DEFAULT_MAX_APPEND_BYTES } from './append-outcome.js';
import { countOursAfter, readOurPage } from './esdb-all-pages.js';
import { lastPositionOfOurs, readStreamEvents } from './esdb-reads.js';
import { esdbSubscription } from './esdb-subscription.js';
import { HeadWatcher } from './esdb-head.js';
import { appendWithKey, replayKey } from './idempotent-append.js';
import { IdempotencyLedger } from './idempotency-ledger.js';
import { effectiveDeadlineMs, toClientConnectionString } from './mapping/connection-string.js';
import { describeTarget } from './mapping/errors.js';
import { DEFAULT_STREAM_CATEGORIES, StreamNames } from './mapping/stream-names.js';

const DEFAULT_DEADLINE_MS = 2000;
const DEFAULT_APPEND_DEADLINE_MS = 10_000;
/** Reconnecting a dropped subscription or head watch: 100 ms doubling to 5 s. */
const BACKOFF_MS = { first: 100, max: 5000 };

export interface EventStoreDbOptions {
  /** `esdb://host:2113?tls=false` (or `kurrentdb://`); from EVENTSTORE_URL. */
  readonly url: string;
  readonly schemas: EventSchemaRegistry;
  readonly clock?: Clock;
  /** Our stream categories: $all is filtered on the server by `${namespace}${category}-`. */
  readonly categories?: readonly string[];
  /** Prefix of every physical stream name, so deployments or test runs can share one server. */
  readonly namespace?: string;
  /**
   * Longest wait for an answer (ms) when the URL sets no `defaultDeadline`: the client's deadline
   * for unary calls, and ours for every read page, subscription page and append (deadline.ts).
   */
  readonly deadlineMs?: number;
  /**
   * Longest wait for an append's answer (ms, default 10 000), apart from the read deadline: the
   * client sends it to the server as an absolute instant, so it also absorbs clock skew (issue 14).
   */
  readonly appendDeadlineMs?: number;
  /** The largest append sent, in bytes (default the server's MaxAppendSize, 1 MiB): larger ones are a 400 before sending. */
  readonly maxAppendBytes?: number;
  /** While the live head watch is down, how long a scanned head position is served (ms, default 2000). */
  readonly headRefreshMs?: number;
  readonly idempotencyWaitMs?: number;
  /** Tests only: a stand-in for the client built from `url` (no EventStoreDB server runs on the development machine). */
  readonly client?: EventStoreDBClient;
}

/**
 * The EventStore port on EventStoreDB / KurrentDB (see README.md beside this file for what it
 * guarantees and what could not be run on the development machine). One ESDB stream per aggregate,
 * the hash chain and command metadata in each event's metadata, the global log as our part of $all.
 * Positions are $all positions: increasing, not gap-free (mapping/positions.ts).
 */
export class EventStoreDbEventStore implements EventStore, EventImporter {
  private readonly client: EventStoreDBClient;
  private readonly ctx: AppendContext;
  private readonly ledger: IdempotencyLedger;
  private readonly head: HeadWatcher;
  private closed = false;

  constructor(private readonly options: EventStoreDbOptions) {
    const url = toClientConnectionString(options.url, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    this.client = options.client ?? EventStoreDBClient.connectionString(url);
    const names = new StreamNames(options.namespace ?? '', options.categories ?? DEFAULT_STREAM_CATEGORIES);
    this.ctx = {
      client: this.client, names, target: describeTarget(options.url), schemas: options.schemas,
      deadlineMs: effectiveDeadlineMs(url, options.deadlineMs ?? DEFAULT_DEADLINE_MS),
      appendDeadlineMs: options.appendDeadlineMs ?? DEFAULT_APPEND_DEADLINE_MS,
      maxAppendBytes: options.maxAppendBytes ?? DEFAULT_MAX_APPEND_BYTES,
      clock: options.clock ?? systemClock, headPosition: () => this.headPosition(),
    };
    this.ledger = new IdempotencyLedger(this.ctx);
    this.head = new HeadWatcher(this.ctx, () => lastPositionOfOurs(this.ctx), { refreshMs: options.headRefreshMs ?? 2000, backoffMs: BACKOFF_MS });
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) throw new Error('event store is closed');
    checkAppendRequest(request, this.options.schemas);
    this.checkCategory(request.stream);
    const result = request.idempotency
      ? await appendWithKey(this.ctx, this.ledger, request, request.idempotency, {
        waitMs: this.options.idempotencyWaitMs ?? 10_000, pollMs: 50, scanLimit: 1000,
      })
      : await appendToStream(this.ctx, request);
    if (result.events.length > 0) this.head.note(result.position);
    return this.upcastResult(result);
  }

  private upcastResult(result: AppendResult): AppendResult {
    return result.replayed ? { ...result, events: result.events.map((event) => this.options.schemas.upcast(event)) } : result;
  }

  async lookupIdempotencyKey(key: string): Promise<{ fingerprint: string; result: AppendResult } | null> {
    const state = await this.ledger.state(key);
    if (state.state !== 'completed') return null;
    return { fingerprint: state.fingerprint, result: this.upcastResult(await replayKey(this.ctx, state)) };
  }

  /** Only streams under our prefixes are in our part of $all (the others would be invisible to readAll). */
  private checkCategory(stream: string): void {
    if (this.ctx.names.logical(this.ctx.names.physical(stream)) === null)
      throw new InvalidAppend('stream', 'STREAM_CATEGORY', `${stream} is not in one of the configured categories (${this.ctx.names.prefixes.join(', ')})`);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    checkStreamName(stream);
    this.checkCategory(stream);
    const { fromRevision: from, toRevision, asOfMs } = streamReadBounds(options);
    if (toRevision < from) return [];
    const events = await readStreamEvents(this.ctx, this.ctx.names.physical(stream), {
      fromRevision: from, ...(options.toRevision !== undefined ? { maxCount: toRevision - from + 1 } : {}),
    });
    // recordedAt never goes backwards along a stream, so asOf keeps a prefix of it.
    return events.filter((event) => (parseInstantMs(event.metadata.recordedAt) ?? 0) <= asOfMs).map((event) => this.options.schemas.upcast(event));
  }

  async readAll(after: number, limit: number): Promise<StoredEvent[]> {
    checkReadRange('after', after, 0);
    checkReadRange('limit', limit, 1);
    const events = await readOurPage(this.ctx, after, limit);
    return events.map((event) => this.options.schemas.upcast(event));
  }

  /** Readiness lag as an event count: positions here are $all byte offsets, not event numbers. */
  countAfter(position: number, atMost: number): Promise<number> {
    checkReadRange('position', position, 0);
    return countOursAfter(this.ctx, position, atMost);
  }

  subscribe(after: number, options: { batchSize?: number } = {}): LogSubscription {
    checkReadRange('after', after, 0);
    return esdbSubscription(this.ctx, after, {
      batchSize: options.batchSize ?? 500, backoffMs: BACKOFF_MS, onDelivered: (position) => this.head.note(position),
    });
  }

  /** From memory while the live head watch runs (esdb-head.ts); never a backwards scan of $all per call. */
  headPosition(): Promise<number> {
    return this.head.current();
  }

  /** One backwards scan of $all, for a position beyond the pushed head (X-Min-Position from another instance). */
  freshHeadPosition(): Promise<number> {
    return this.head.fresh();
  }

  /**
   * Walks the chain as stored (no upcasting). Positions are not gap-free here, so only revisions,
   * hashes and links are checked; ESDB itself keeps each stream's head, so there is no second copy
   * of it to compare. The whole log is read up to the head taken first: a read that cannot reach
   * it fails (EventStoreUnavailable), it never reports "intact" having checked less.
   */
  async verify(stream?: string): Promise<VerifyReport> {
    const verifier = new ChainVerifier(false);
    if (stream !== undefined) {
      checkStreamName(stream);
      this.checkCategory(stream);
      for (const event of await readStreamEvents(this.ctx, this.ctx.names.physical(stream))) if (!verifier.accept(event)) break;
      return verifier.report();
    }
    const head = await this.headPosition();
    let after = 0;
    while (after < head) {
      const page = await readOurPage(this.ctx, after, 1000);
      if (page.length === 0)
        throw new EventStoreUnavailable(`EventStoreDB at ${this.ctx.target}: verify read the log up to position ${after} but not to its head ${head}: retry`);
      for (const event of page) if (!verifier.accept(event)) return verifier.report();
      after = page.at(-1)!.position;
    }
    return verifier.report();
  }

  /** Migration only (EventImporter, esdb-import.ts): events exactly as stored elsewhere. */
  async importEvents(events: readonly StoredEvent[]): Promise<void> {
    if (this.closed) throw new Error('event store is closed');
    for (const event of events) this.checkCategory(event.stream);
    await importIntoEsdb(this.ctx, events);
  }

  lastImported(): Promise<ImportHead | null> {
    return lastEventOfOurs(this.ctx);
  }

  logIdentity(): Promise<string> {
    return esdbLogIdentity(this.client, this.ctx.names);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.head.close();
    await this.client.dispose();
  }
}
