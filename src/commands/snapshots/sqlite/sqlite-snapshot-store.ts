import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { yieldToEventLoop } from '../../../shared/yield.js';
import { withinBound, type Snapshot, type SnapshotBound, type SnapshotStore } from '../snapshot-store.port.js';

/** Parts written per transaction: a long stream's snapshot (megabytes) never holds the event loop in one write. */
const PARTS_PER_WRITE = 4;

interface HeaderRow {
  state_version: number;
  revision: number;
  position: number;
  recorded_at: string;
  recorded_at_ms: number;
  event_hash: string;
  parts: number;
}

/**
 * Snapshots in their own file, `DATA_DIR/snapshots.sqlite`: never in views.sqlite, whose writer is
 * the projection runner (two writers on one SQLite file wait on each other's locks). A cache, so
 * `synchronous = NORMAL`: a snapshot lost in a power cut is simply taken again. Parts are keyed by
 * the revision they belong to and written a few per transaction; the header naming them is switched
 * last, with the old parts dropped in the same transaction, so a reader sees the old snapshot or the
 * new one, never a mix.
 */
export class SqliteSnapshotStore implements SnapshotStore {
  private readonly db: Database;
  private readonly statements: { header: Statement; parts: Statement; dropOtherParts: Statement; upsert: Statement; insertPart: Statement };

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS snapshots (
        stream TEXT NOT NULL, state_name TEXT NOT NULL, state_version INTEGER NOT NULL,
        revision INTEGER NOT NULL, position INTEGER NOT NULL, recorded_at TEXT NOT NULL, recorded_at_ms INTEGER NOT NULL,
        event_hash TEXT NOT NULL, parts INTEGER NOT NULL,
        PRIMARY KEY (stream, state_name)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS snapshot_parts (
        stream TEXT NOT NULL, state_name TEXT NOT NULL, revision INTEGER NOT NULL, part INTEGER NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (stream, state_name, revision, part)
      ) WITHOUT ROWID;`);
    this.statements = {
      header: this.db.prepare('SELECT state_version, revision, position, recorded_at, recorded_at_ms, event_hash, parts FROM snapshots WHERE stream = ? AND state_name = ?'),
      parts: this.db.prepare('SELECT part, body FROM snapshot_parts WHERE stream = ? AND state_name = ? AND revision = ? ORDER BY part'),
      dropOtherParts: this.db.prepare('DELETE FROM snapshot_parts WHERE stream = ? AND state_name = ? AND (revision <> ? OR part >= ?)'),
      upsert: this.db.prepare(`INSERT INTO snapshots (stream, state_name, state_version, revision, position, recorded_at, recorded_at_ms, event_hash, parts)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (stream, state_name) DO UPDATE SET state_version = excluded.state_version, revision = excluded.revision, position = excluded.position,
          recorded_at = excluded.recorded_at, recorded_at_ms = excluded.recorded_at_ms, event_hash = excluded.event_hash, parts = excluded.parts`),
      insertPart: this.db.prepare('INSERT OR REPLACE INTO snapshot_parts (stream, state_name, revision, part, body) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  async save(snapshot: Snapshot): Promise<void> {
    const { stream, stateName, revision, parts } = snapshot;
    for (let first = 0; first < parts.length; first += PARTS_PER_WRITE) {
      if (first > 0) await yieldToEventLoop();
      this.db.transaction(() => {
        parts.slice(first, first + PARTS_PER_WRITE).forEach((body, index) => this.statements.insertPart.run(stream, stateName, revision, first + index, body));
      })();
    }
    this.db.transaction(() => {
      this.statements.upsert.run(stream, stateName, snapshot.stateVersion, revision, snapshot.position, snapshot.recordedAt, snapshot.recordedAtMs, snapshot.eventHash, parts.length);
      this.statements.dropOtherParts.run(stream, stateName, revision, parts.length);
    })();
  }

  async read(stream: string, stateName: string, stateVersion: number, bound?: SnapshotBound): Promise<Snapshot | null> {
    const header = this.statements.header.get(stream, stateName) as HeaderRow | undefined;
    if (header === undefined || header.state_version !== stateVersion) return null;
    if (!withinBound({ revision: header.revision, recordedAtMs: header.recorded_at_ms }, bound)) return null;
    const rows = this.statements.parts.all(stream, stateName, header.revision) as { part: number; body: string }[];
    // Written in one transaction: a part count that does not match is not ours to trust.
    if (rows.length !== header.parts || rows.some((row, index) => row.part !== index)) return null;
    return {
      stream, stateName, stateVersion, revision: header.revision, position: header.position, recordedAt: header.recorded_at, recordedAtMs: header.recorded_at_ms,
      eventHash: header.event_hash, parts: rows.map((row) => row.body),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
