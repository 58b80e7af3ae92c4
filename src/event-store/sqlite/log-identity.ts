import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/**
 * The log's identity (issue 14 item 5): a random id kept in the log file, made by the first process
 * that asks (under the write lock, so two processes on one file agree). A log copied by migration
 * into a new file gets a new id; the file itself, copied or restored whole, keeps its own.
 */
export function sqliteLogIdentity(db: Database): string {
  return db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS log_identity (id INTEGER PRIMARY KEY CHECK (id = 1), log_id TEXT NOT NULL)');
    db.prepare('INSERT OR IGNORE INTO log_identity (id, log_id) VALUES (1, ?)').run(randomUUID());
    return db.prepare('SELECT log_id FROM log_identity WHERE id = 1').pluck().get() as string;
  }).immediate();
}
