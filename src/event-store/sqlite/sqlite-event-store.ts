import type { Database, Statement } from 'better-sqlite3';
import { sqliteLogIdentity } from './log-identity.js';
import { systemClock, type Clock } from '../../shared/clock.js';
import { uuidV7 } from '../../shared/uuid-v7.js';
import type {
  AppendRequest, AppendResult, EventStore, LogSubscription, ReadStreamOptions, StoredEvent, VerifyReport,
} from '../event-store.port.js';
import { checkAppendRequest, checkReadRange, checkStreamName, streamReadBounds } from '../append-validation.js';
import { AppendSignal } from '../append-signal.js';
import { catchUpSubscription } from '../catch-up-subscription.js';
import { ChainVerifier } from '../chain-verifier.js';
import type { EventImporter, ImportHead } from '../event-importer.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { AppendWriter } from './append-writer.js';
import { SqliteEventImport } from './event-import.js';
import { SqliteTree } from './tree-table.js';
import { SqliteLedger } from './sqlite-ledger.js';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { publishedKeysFile } from '../ledger/ledger-keys.js';
import { GroupCommit } from './group-commit.js';
import { openLogDatabase } from './open-log-database.js';
import { ThreadAppender } from './thread-appender.js';
import { rowToEvent, type EventRow } from './rows.js';

export interface SqliteEventStoreOptions {
  /** Path of the database file (created with its folder), or `:memory:`. */
  readonly file: string;
  readonly schemas: EventSchemaRegistry;
  readonly clock?: Clock;
  /** FULL (default): an acknowledged append is on disk. NORMAL only for throw-away data. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** Most appends written in one group-commit transaction. */
  readonly maxBatch?: number;
  /** How often live subscribers look for appends made by other processes. */
  readonly pollMs?: number;
  /** Write on a thread of its own (a file only): group commit and fsync never hold up this thread. */
  readonly writerThread?: boolean;
  /**
   * Keep the Merkle tree at append time (issue 13; default true). false only for the benchmark's
   * baseline (appends with and without the tree in one run), on files no head was signed over: the
   * tree is then caught up at the next open (mayBuildTree).
   */
  readonly merkleTree?: boolean;
}

/** Where appends are written: on this thread's connection, or on the writer thread's. */
interface Appender {
  readonly stats: { transactions: number; appends: number };
  append(request: AppendRequest, nowMs: number): Promise<AppendResult>;
}

/**
 * The embedded default event store. Group commit (group-commit.ts): appends arriving together
 * share one transaction and one fsync, each checked against its own expected revision. With
 * `writerThread`, that work runs on a thread of its own and this thread only sends and receives.
 */
export class SqliteEventStore implements EventStore, EventImporter {
  private readonly db: Database;
  private readonly writer: AppendWriter;
  private readonly appender: Appender;
  private readonly inline: GroupCommit | null;
  private readonly threaded: ThreadAppender | null;
  private readonly signal = new AppendSignal();
  private readonly clock: Clock;
  private readonly statements: { range: Statement; stream: Statement; all: Statement; ordered: Statement; streamOrdered: Statement; heads: Statement };
  private closed = false;
  private ledgerView: SqliteLedger | undefined;

  constructor(private readonly options: SqliteEventStoreOptions) {
    const synchronous = options.synchronous ?? 'FULL';
    this.db = openLogDatabase(options.file, synchronous);
    this.clock = options.clock ?? systemClock;
    const maxBatch = options.maxBatch ?? 1000;
    // Issue 13: a log written before the Merkle tree existed gets its leaves now, before any new append.
    const merkleTree = options.merkleTree ?? true;
    if (merkleTree && mayBuildTree(this.db, options.file)) new SqliteTree(this.db).catchUp();
    this.writer = new AppendWriter(this.db, options.schemas, undefined, merkleTree);
    const committed = () => this.signal.notify();
    if (options.writerThread && options.file !== ':memory:') {
      this.threaded = new ThreadAppender({ file: options.file, synchronous, maxBatch, merkleTree }, committed);
      this.inline = null;
      this.appender = this.threaded;
    } else {
      this.inline = new GroupCommit(this.db, this.writer, maxBatch, committed);
      this.threaded = null;
      this.appender = this.inline;
    }
    this.statements = {
      range: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      stream: this.db.prepare(`SELECT * FROM events WHERE stream = ? AND revision >= ? AND revision <= ? AND recorded_at_ms <= ?
        ORDER BY revision`),
      all: this.db.prepare('SELECT * FROM events ORDER BY position'),
      ordered: this.db.prepare('SELECT max(position) AS head FROM events'),
      streamOrdered: this.db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
      heads: this.db.prepare('SELECT stream, revision, last_hash FROM streams'),
    };
  }

  /** Issue 13: the transparency log over this store (ledger.port.ts). */
  ledger(): SqliteLedger {
    return (this.ledgerView ??= new SqliteLedger(this.db));
  }

  /** Counters for tests and the bench: how many appends went to disk in how many transactions. */
  get writeStats(): { transactions: number; appends: number } {
    return this.appender.stats;
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) throw new Error('event store is closed');
    checkAppendRequest(request, this.options.schemas);
    // Ids and schema versions are settled here, so whichever thread writes needs no registry.
    const stamped: AppendRequest = {
      ...request,
      events: request.events.map((event) => ({
        ...event,
        eventId: event.eventId ?? uuidV7(),
        schemaVersion: event.schemaVersion ?? this.options.schemas.currentVersion(event.type),
      })),
    };
    return this.upcastResult(await this.appender.append(stamped, this.clock.nowMs()));
  }

  private upcastResult(result: AppendResult): AppendResult {
    return result.replayed ? { ...result, events: result.events.map((event) => this.options.schemas.upcast(event)) } : result;
  }

  async lookupIdempotencyKey(key: string): Promise<{ fingerprint: string; result: AppendResult } | null> {
    const found = this.writer.lookupKey(key);
    return found && { fingerprint: found.fingerprint, result: this.upcastResult(found.result) };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    checkStreamName(stream);
    const { fromRevision, toRevision, asOfMs } = streamReadBounds(options);
    const rows = this.statements.stream.all(stream, fromRevision, toRevision, asOfMs) as EventRow[];
    return rows.map((row) => this.options.schemas.upcast(rowToEvent(row)));
  }

  async readAll(after: number, limit: number): Promise<StoredEvent[]> {
    checkReadRange('after', after, 0);
    checkReadRange('limit', limit, 1);
    const rows = this.statements.range.all(after, limit) as EventRow[];
    return rows.map((row) => this.options.schemas.upcast(rowToEvent(row)));
  }

  subscribe(after: number, options: { batchSize?: number } = {}): LogSubscription {
    return catchUpSubscription(this, this.signal, after, { batchSize: options.batchSize, pollMs: this.options.pollMs });
  }

  onAppended(listener: () => void): () => void {
    return this.signal.listen(listener);
  }

  /** Another thread of this process appended (it says so): wake the live readers now instead of at the next poll. */
  wake(): void {
    this.signal.notify();
  }

  async logIdentity(): Promise<string> {
    return sqliteLogIdentity(this.db);
  }

  async headPosition(): Promise<number> {
    return (this.statements.ordered.get() as { head: number | null }).head ?? 0;
  }

  /** Walks the chain as stored (no upcasting): the hash covers the stored shape. */
  async verify(stream?: string): Promise<VerifyReport> {
    const verifier = new ChainVerifier(stream === undefined);
    const rows = (stream === undefined ? this.statements.all.iterate() : this.statements.streamOrdered.iterate(stream)) as IterableIterator<EventRow & { recorded_at_ms: number }>;
    for (const row of rows) {
      if (!verifier.accept(rowToEvent(row), row.recorded_at_ms)) {
        rows.return?.();
        break;
      }
    }
    const heads = (stream === undefined ? this.statements.heads.all() : this.statements.heads.all().filter((h) => (h as { stream: string }).stream === stream)) as Array<{ stream: string; revision: number; last_hash: string }>;
    for (const head of heads) if (!verifier.checkStreamHead(head.stream, head.revision, head.last_hash)) break;
    return verifier.report();
  }

  /** Migration only (EventImporter): events exactly as stored elsewhere, at this log's next positions. */
  async importEvents(events: readonly StoredEvent[]): Promise<void> {
    if (this.closed) throw new Error('event store is closed');
    new SqliteEventImport(this.db).importEvents(events);
    this.signal.notify();
  }

  async lastImported(): Promise<ImportHead | null> {
    return new SqliteEventImport(this.db).lastImported();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.inline?.drain();
    await this.threaded?.close();
    this.db.close();
  }
}

/**
 * Whether opening may give leaves to events that have none (issue 13): yes for a log from before the
 * tree existed, and to resume such a build cut short by a crash (it goes on from the tree's size) —
 * but never once a head has been signed (events beyond the tree are then a forged tail, for the ledger
 * check to report), and never from nothing where the ledger's keys were already published beside the
 * log (an empty tree there means it was dropped: DROP TABLE passes the triggers).
 */
function mayBuildTree(db: Database, file: string): boolean {
  if ((db.prepare('SELECT count(*) FROM tree_heads').pluck().get() as number) > 0) return false;
  const treeEmpty = db.prepare('SELECT count(*) FROM tree_nodes').pluck().get() === 0;
  const logEmpty = db.prepare('SELECT count(*) FROM events').pluck().get() === 0;
  const witnessed = file !== ':memory:' && existsSync(publishedKeysFile(dirname(file)));
  return !(treeEmpty && !logEmpty && witnessed);
}

