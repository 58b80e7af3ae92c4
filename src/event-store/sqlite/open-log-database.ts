import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrateEventStore } from './schema.js';

/** The log's database as every connection to it opens it: WAL, the durability asked for, the schema in place. */
export function openLogDatabase(file: string, synchronous: 'FULL' | 'NORMAL'): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  migrateEventStore(db);
  return db;
}
