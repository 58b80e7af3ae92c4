import type { Database } from 'better-sqlite3';

/**
 * The log's tables. Triggers make stored events (and the Merkle tree over them) immutable from SQL
 * as well: corrections are new events. (A rollback is not a DELETE, so a failed append still leaves no trace.)
 */
export function migrateEventStore(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position        INTEGER PRIMARY KEY,
      event_id        TEXT    NOT NULL UNIQUE,
      stream          TEXT    NOT NULL,
      revision        INTEGER NOT NULL,
      type            TEXT    NOT NULL,
      schema_version  INTEGER NOT NULL,
      data            TEXT    NOT NULL,
      metadata        TEXT    NOT NULL,
      recorded_at_ms  INTEGER NOT NULL,
      UNIQUE (stream, revision)
    );
    CREATE TABLE IF NOT EXISTS streams (
      stream    TEXT PRIMARY KEY,
      revision  INTEGER NOT NULL,
      last_hash TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS idempotency_keys (
      key            TEXT PRIMARY KEY,
      fingerprint    TEXT NOT NULL,
      stream         TEXT NOT NULL,
      revision       INTEGER NOT NULL,
      position       INTEGER NOT NULL,
      first_position INTEGER,
      last_position  INTEGER
    ) WITHOUT ROWID;
    CREATE TRIGGER IF NOT EXISTS events_are_immutable_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are immutable: append a correcting event instead'); END;
    CREATE TRIGGER IF NOT EXISTS events_are_immutable_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'events are immutable: append a correcting event instead'); END;
    -- Issue 13: the RFC 9162 Merkle tree over the log, as its stored complete subtrees (tree-table.ts).
    CREATE TABLE IF NOT EXISTS tree_nodes (
      level INTEGER NOT NULL,
      idx   INTEGER NOT NULL,
      hash  BLOB    NOT NULL,
      PRIMARY KEY (level, idx)
    ) WITHOUT ROWID;
    CREATE TRIGGER IF NOT EXISTS tree_nodes_are_immutable_update BEFORE UPDATE ON tree_nodes
      BEGIN SELECT RAISE(ABORT, 'the Merkle tree only grows'); END;
    CREATE TRIGGER IF NOT EXISTS tree_nodes_are_immutable_delete BEFORE DELETE ON tree_nodes
      BEGIN SELECT RAISE(ABORT, 'the Merkle tree only grows'); END;
    -- Issue 13: every signed tree head, kept for good (sqlite-ledger.ts).
    CREATE TABLE IF NOT EXISTS tree_heads (
      tree_size INTEGER PRIMARY KEY,
      root_hash TEXT NOT NULL,
      timestamp TEXT NOT NULL,
      key_id    TEXT NOT NULL,
      signature TEXT NOT NULL
    );
    CREATE TRIGGER IF NOT EXISTS tree_heads_are_immutable_update BEFORE UPDATE ON tree_heads
      BEGIN SELECT RAISE(ABORT, 'signed tree heads are kept as signed'); END;
    CREATE TRIGGER IF NOT EXISTS tree_heads_are_immutable_delete BEFORE DELETE ON tree_heads
      BEGIN SELECT RAISE(ABORT, 'signed tree heads are kept as signed'); END;
  `);
}
