import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseInstantMs, shanghaiIso, systemClock, type Clock } from '../../shared/clock.js';
import type {
  AppendRequest, AppendResult, EventStore, LogSubscription, ReadStreamOptions, StoredEvent, VerifyReport,
} from '../event-store.port.js';
import { InvalidAppend } from '../errors.js';
import { checkAppendRequest, checkReadRange, checkStreamName } from '../append-validation.js';
import { AppendSignal } from '../append-signal.js';
import { catchUpSubscription } from '../catch-up-subscription.js';
import { ChainVerifier } from '../chain-verifier.js';
import type { EventImporter, ImportHead } from '../event-importer.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { AppendWriter } from './append-writer.js';
import { SqliteEventImport } from './event-import.js';
import { migrateEventStore } from './schema.js';
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
}

interface Pending {
  readonly request: AppendRequest;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The embedded default event store. Group commit: appends that arrive while a transaction is being
 * written queue up and go to disk together in the next one — one fsync for many acknowledgements —
 * while each is still checked against its own expected revision under its own savepoint.
 */
export class SqliteEventStore implements EventStore, EventImporter {
  private readonly db: Database;
  private readonly writer: AppendWriter;
  private readonly signal = new AppendSignal();
  private readonly clock: Clock;
  private readonly maxBatch: number;
  private readonly statements: { range: Statement; stream: Statement; all: Statement; ordered: Statement; streamOrdered: Statement; heads: Statement };
  private readonly savepoint: { open: Statement; release: Statement; rollback: Statement };
  private queue: Pending[] = [];
  /** Counters for tests and the bench: how many appends went to disk in how many transactions. */
  readonly writeStats = { transactions: 0, appends: 0 };
  private flushScheduled = false;
  private closed = false;

  constructor(private readonly options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new BetterSqlite3(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    migrateEventStore(this.db);
    this.clock = options.clock ?? systemClock;
    this.maxBatch = options.maxBatch ?? 1000;
    this.writer = new AppendWriter(this.db, options.schemas);
    this.statements = {
      range: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      stream: this.db.prepare(`SELECT * FROM events WHERE stream = ? AND revision >= ? AND revision <= ? AND recorded_at_ms <= ?
        ORDER BY revision`),
      all: this.db.prepare('SELECT * FROM events ORDER BY position'),
      ordered: this.db.prepare('SELECT max(position) AS head FROM events'),
      streamOrdered: this.db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
      heads: this.db.prepare('SELECT stream, revision, last_hash FROM streams'),
    };
    this.savepoint = {
      open: this.db.prepare('SAVEPOINT one_append'),
      release: this.db.prepare('RELEASE one_append'),
      rollback: this.db.prepare('ROLLBACK TO one_append'),
    };
  }

  append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('event store is closed'));
    try {
      checkAppendRequest(request, this.options.schemas);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** One transaction for everything queued; each append under its own savepoint. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (this.queue.length > 0) this.scheduleFlush();
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: true; result: AppendResult } | { ok: false; error: unknown }> = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      let { position: head, recordedAtMs } = this.writer.head();
      // Recorded instants never go backwards along the log, so asOf reads are consistent.
      recordedAtMs = Math.max(recordedAtMs, this.clock.nowMs());
      const recordedAt = shanghaiIso(recordedAtMs);
      for (const pending of batch) {
        this.savepoint.open.run();
        try {
          const result = this.writer.write(pending.request, head, recordedAtMs, recordedAt);
          this.savepoint.release.run();
          if (!result.replayed) head = result.position;
          outcomes.push({ ok: true, result });
        } catch (error) {
          this.savepoint.rollback.run();
          this.savepoint.release.run();
          outcomes.push({ ok: false, error });
        }
      }
      this.db.exec('COMMIT');
      this.writeStats.transactions += 1;
      this.writeStats.appends += batch.length;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      batch.forEach((pending) => pending.reject(error));
      return;
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(this.upcastResult(outcome.result));
      else pending.reject(outcome.error);
    });
    this.signal.notify();
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
    let asOfMs = Number.MAX_SAFE_INTEGER;
    if (options.asOf !== undefined) {
      const parsed = parseInstantMs(options.asOf);
      if (parsed === null) throw new InvalidAppend('asOf', 'INSTANT', `${options.asOf} is not an ISO instant with an offset`);
      asOfMs = parsed;
    }
    if (options.fromRevision !== undefined) checkReadRange('fromRevision', options.fromRevision, 0);
    if (options.toRevision !== undefined) checkReadRange('toRevision', options.toRevision, 0);
    const rows = this.statements.stream.all(stream, options.fromRevision ?? 0, options.toRevision ?? Number.MAX_SAFE_INTEGER, asOfMs) as EventRow[];
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
    while (this.queue.length > 0) this.flush();
    this.db.close();
  }
}
