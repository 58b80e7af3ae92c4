import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PersonalDataStore, PersonalLookup, PersonalRecord } from '../personal-data.port.js';

type PersonRow = { record: string | null; erased_at: string | null; basis: string | null };

function lookupOf(subjectId: string, row: PersonRow | undefined): PersonalLookup {
  if (!row) return { state: 'unknown' };
  if (row.erased_at) return { state: 'erased', subjectId, erasedAt: row.erased_at, basis: row.basis ?? '' };
  return { state: 'present', record: JSON.parse(row.record!) as PersonalRecord };
}

/** A separate file from the log: erasing a person never touches an event. */
export class SqlitePersonalDataStore implements PersonalDataStore {
  private readonly db: Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // secure_delete overwrites erased content instead of leaving it in free pages.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS persons (
      subject_id TEXT PRIMARY KEY,
      record     TEXT,
      erased_at  TEXT,
      basis      TEXT
    ) WITHOUT ROWID`);
  }

  async put(record: PersonalRecord): Promise<void> {
    // Replaces a row a failed registration left behind; an erased row stays erased (A28).
    this.db.prepare('INSERT INTO persons (subject_id, record) VALUES (?, ?) ON CONFLICT (subject_id) DO UPDATE SET record = excluded.record WHERE erased_at IS NULL')
      .run(record.subjectId, JSON.stringify(record));
  }

  async get(subjectId: string): Promise<PersonalLookup> {
    const row = this.db.prepare('SELECT record, erased_at, basis FROM persons WHERE subject_id = ?').get(subjectId) as PersonRow | undefined;
    return lookupOf(subjectId, row);
  }

  async getMany(subjectIds: readonly string[]): Promise<Map<string, PersonalLookup>> {
    const rows = this.db.prepare('SELECT subject_id, record, erased_at, basis FROM persons WHERE subject_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(subjectIds)) as Array<PersonRow & { subject_id: string }>;
    const byId = new Map(rows.map((row) => [row.subject_id, row]));
    return new Map(subjectIds.map((id) => [id, lookupOf(id, byId.get(id))]));
  }

  async erase(subjectId: string, erasedAt: string, basis: string): Promise<boolean> {
    const result = this.db.prepare('UPDATE persons SET record = NULL, erased_at = ?, basis = ? WHERE subject_id = ? AND erased_at IS NULL')
      .run(erasedAt, basis, subjectId);
    return result.changes === 1;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
