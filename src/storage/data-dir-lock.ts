import BetterSqlite3, { type Database } from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { DataDirUnusable, osReason } from './data-dir.js';

export const lockFile = (dataDir: string): string => join(dataDir, 'service.lock');
const holderFile = (dataDir: string): string => join(dataDir, 'service.lock.holder');

/** Another process holds DATA_DIR (a second service, or a writing CLI command): refuse to start. */
export class DataDirLocked extends ConfigError {
  constructor(readonly dataDir: string, readonly holder: string | null) {
    super('DATA_DIR', `"${dataDir}" is in use by another credit-ledger process (${holder ?? 'holder unknown'}; lock file ${lockFile(dataDir)}): `
      + 'stop it first, or give this process another DATA_DIR');
    this.name = 'DataDirLocked';
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * One process at a time on a DATA_DIR (issue 10: two services on one directory both ran projections
 * into one views.sqlite). The lock is SQLite's own file lock on DATA_DIR/service.lock, taken with an
 * exclusive transaction in EXCLUSIVE locking mode and held until the connection closes. The OS drops
 * it when the process ends, however it ends (kill -9 included), so a stale lock never blocks a
 * restart. Who holds it (`pid …`) is written beside it for the refusal message.
 */
export function lockDataDir(dataDir: string, holder: string, mode: 'exclusive' | 'shared' = 'exclusive'): DataDirLock {
  const file = lockFile(dataDir);
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(file, { timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    if (mode === 'shared') takeShared(db);
    else {
      db.exec('BEGIN EXCLUSIVE');
      db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, what TEXT NOT NULL)');
      db.prepare('INSERT OR REPLACE INTO holder (id, pid, what) VALUES (1, ?, ?)').run(process.pid, holder);
      db.exec('COMMIT');
    }
  } catch (error) {
    db?.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirLocked(dataDir, readHolder(dataDir));
    throw new DataDirUnusable(dataDir, `the lock file ${file} cannot be written: ${osReason(error)}`);
  }
  const held = db;
  try {
    writeFileSync(holderFile(dataDir), mode === 'shared' ? `pid ${process.pid}, ${holder}, one of the INSTANCES=shared processes\n` : `pid ${process.pid}, ${holder}\n`);
  } catch {
    // Only the refusal message of a second process needs it: the lock itself is held.
  }
  return { release: () => held.close() };
}

/**
 * INSTANCES=shared (issue 14): several services on one DATA_DIR, leases in views.sqlite deciding who
 * projects. Each holds SQLite's SHARED lock on the lock file (a read in EXCLUSIVE locking mode keeps
 * it until the connection closes): shared holders coexist, while an exclusive service or a writing
 * CLI command (which needs the EXCLUSIVE lock) is refused, and so is a shared one while those run.
 */
function takeShared(db: Database): void {
  db.exec('BEGIN');
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  db.exec('COMMIT');
}

/** The last holder's description; only read while the lock is held by someone, so it names the live holder. */
function readHolder(dataDir: string): string | null {
  try {
    return readFileSync(holderFile(dataDir), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
