import type { Database, Statement } from 'better-sqlite3';
import { CheckpointBehind, LeaseLost } from '../errors.js';
import type { Fence, Lease, LeaseRequest, ViewCheckpoint } from '../view-store.port.js';

interface LeaseRow { name: string; holder: string; epoch: number; expires_at_ms: number }

const toLease = (row: LeaseRow): Lease => ({ name: row.name, holder: row.holder, epoch: row.epoch, expiresAtMs: row.expires_at_ms });

/**
 * Leases and fenced checkpoints in views.sqlite (issue 14). Every method runs inside a transaction
 * the view store opened with BEGIN IMMEDIATE: SQLite's write lock serialises acquisitions, renewals
 * and commits of every process on the file, so a check made here still holds when the commit ends.
 */
export class SqliteLeases {
  private readonly select: Statement;
  private readonly upsert: Statement;
  private readonly extend: Statement;
  private readonly release: Statement;
  private readonly all: Statement;
  private readonly checkpoint: Statement;
  private readonly writeCheckpoint: Statement;

  constructor(db: Database) {
    db.exec('CREATE TABLE IF NOT EXISTS view_leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, epoch INTEGER NOT NULL, expires_at_ms INTEGER NOT NULL) WITHOUT ROWID');
    // Checkpoints written before issue 14 have no epoch: added once, under the write lock (another process may be doing the same).
    db.transaction(() => {
      const columns = db.prepare('PRAGMA table_info(view_checkpoints)').all() as Array<{ name: string }>;
      if (!columns.some((column) => column.name === 'epoch')) db.exec('ALTER TABLE view_checkpoints ADD COLUMN epoch INTEGER');
    }).immediate();
    this.select = db.prepare('SELECT * FROM view_leases WHERE name = ?');
    this.upsert = db.prepare(`INSERT INTO view_leases (name, holder, epoch, expires_at_ms) VALUES (?, ?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, epoch = excluded.epoch, expires_at_ms = excluded.expires_at_ms`);
    this.extend = db.prepare('UPDATE view_leases SET expires_at_ms = ? WHERE name = ? AND epoch = ? AND holder = ?');
    this.release = db.prepare('UPDATE view_leases SET expires_at_ms = 0 WHERE name = ? AND epoch = ?');
    this.all = db.prepare('SELECT * FROM view_leases ORDER BY name');
    this.checkpoint = db.prepare('SELECT position FROM view_checkpoints WHERE name = ?').pluck();
    this.writeCheckpoint = db.prepare('INSERT OR REPLACE INTO view_checkpoints (name, position, epoch) VALUES (?, ?, ?)');
  }

  acquire(request: LeaseRequest): Lease | null {
    const row = this.select.get(request.name) as LeaseRow | undefined;
    const free = !row || row.expires_at_ms <= request.nowMs || row.holder === request.holder || request.takeOver === true;
    if (!free) return null;
    const lease = { name: request.name, holder: request.holder, epoch: (row?.epoch ?? 0) + 1, expiresAtMs: request.nowMs + request.ttlMs };
    this.upsert.run(lease.name, lease.holder, lease.epoch, lease.expiresAtMs);
    return lease;
  }

  renew(lease: Lease, ttlMs: number, nowMs: number): Lease | null {
    const expiresAtMs = nowMs + ttlMs;
    return this.extend.run(expiresAtMs, lease.name, lease.epoch, lease.holder).changes === 1 ? { ...lease, expiresAtMs } : null;
  }

  releaseLease(lease: Lease): void {
    this.release.run(lease.name, lease.epoch);
  }

  list(): Lease[] {
    return (this.all.all() as LeaseRow[]).map(toLease);
  }

  /** Throws LeaseLost unless the lease is still at the fence's epoch. */
  check(fence: Fence): void {
    const row = this.select.get(fence.lease) as LeaseRow | undefined;
    if (row?.epoch !== fence.epoch) throw new LeaseLost(fence.lease, fence.epoch, row ? { holder: row.holder, epoch: row.epoch } : null);
  }

  /** A checkpoint write: fenced, a compare-and-set on (position, epoch) that never moves backwards; unfenced, as given. */
  write(checkpoint: ViewCheckpoint): void {
    if (checkpoint.fence) {
      this.check(checkpoint.fence);
      const stored = (this.checkpoint.get(checkpoint.name) as number | undefined) ?? 0;
      if (stored > checkpoint.position) throw new CheckpointBehind(checkpoint.name, checkpoint.position, stored);
    }
    this.writeCheckpoint.run(checkpoint.name, checkpoint.position, checkpoint.fence?.epoch ?? null);
  }
}
