/**
 * Persons' fields into the service's personal-data store (A28) through its own put(), many per
 * transaction: the store commits each put on its own (one fsync each), which for a city's
 * residents would take longer than the rest of the city. The transaction is opened on the
 * store's own connection, so the rows are exactly what put() writes.
 */
import type { Database } from 'better-sqlite3';
import type { PersonalRecord } from '../../src/personal-data/personal-data.port.js';
import { SqlitePersonalDataStore } from '../../src/personal-data/sqlite/sqlite-personal-data-store.js';

const BATCH = 5_000;

export class PersonalDataWriter {
  private readonly store: SqlitePersonalDataStore;
  private pending: PersonalRecord[] = [];
  written = 0;

  constructor(file: string) {
    this.store = new SqlitePersonalDataStore(file);
  }

  add(record: PersonalRecord): void {
    this.pending.push(record);
    if (this.pending.length >= BATCH) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const records = this.pending;
    this.pending = [];
    // put() runs its statement before its first await, so it lands inside this transaction.
    const db = (this.store as unknown as { db: Database }).db;
    db.transaction(() => records.forEach((record) => void this.store.put(record)))();
    this.written += records.length;
  }

  async close(): Promise<void> {
    this.flush();
    await this.store.close();
  }
}
