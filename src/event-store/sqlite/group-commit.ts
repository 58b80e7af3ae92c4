import type { Database, Statement } from 'better-sqlite3';
import { shanghaiIso } from '../../shared/clock.js';
import type { AppendRequest, AppendResult } from '../event-store.port.js';
import { isStorageFault } from '../../shared/storage-fault.js';
import type { AppendWriter } from './append-writer.js';

interface Pending {
  readonly request: AppendRequest;
  /** The caller's clock when it appended: recordedAt is the latest of these, never before the head's. */
  readonly nowMs: number;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: appends that arrive while a transaction is being written queue up and go to disk
 * together in the next one — one fsync for many acknowledgements — while each is still checked
 * against its own expected revision under its own savepoint. Runs on whichever thread owns the
 * writing connection (the store's own, or its writer thread).
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private flushScheduled = false;
  private readonly savepoint: { open: Statement; release: Statement; rollback: Statement };
  /** How many appends went to disk in how many transactions (tests and the bench). */
  readonly stats = { transactions: 0, appends: 0 };

  constructor(
    private readonly db: Database,
    private readonly writer: AppendWriter,
    private readonly maxBatch: number,
    private readonly committed: () => void,
  ) {
    this.savepoint = {
      open: db.prepare('SAVEPOINT one_append'),
      release: db.prepare('RELEASE one_append'),
      rollback: db.prepare('ROLLBACK TO one_append'),
    };
  }

  append(request: AppendRequest, nowMs: number): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, nowMs, resolve, reject });
      this.scheduleFlush();
    });
  }

  /** Writes everything still queued (on close). */
  drain(): void {
    while (this.queue.length > 0) this.flush();
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
      let { position: head, recordedAtMs } = this.writer.begin();
      // Recorded instants never go backwards along the log, so asOf reads are consistent.
      for (const pending of batch) recordedAtMs = Math.max(recordedAtMs, pending.nowMs);
      const recordedAt = shanghaiIso(recordedAtMs);
      for (const pending of batch) {
        this.savepoint.open.run();
        try {
          const result = this.writer.write(pending.request, head, recordedAtMs, recordedAt);
          this.savepoint.release.run();
          if (!result.replayed) head = result.position;
          outcomes.push({ ok: true, result });
        } catch (error) {
          // A full or failing disk (which SQLite may answer by rolling back the whole transaction) fails the
          // whole batch with its own error: nothing of it is acknowledged, and nothing runs outside a transaction.
          if (isStorageFault(error) || !this.db.inTransaction) throw error;
          this.savepoint.rollback.run();
          this.savepoint.release.run();
          outcomes.push({ ok: false, error });
        }
      }
      this.writer.beforeCommit();
      this.db.exec('COMMIT');
      this.stats.transactions += 1;
      this.stats.appends += batch.length;
    } catch (error) {
      this.writer.rolledBack();
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      batch.forEach((pending) => pending.reject(error));
      return;
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    });
    this.committed();
  }
}
