import type { Database, Statement } from 'better-sqlite3';
import { parseInstantMs } from '../../shared/clock.js';
import type { StoredEvent } from '../event-store.port.js';
import { ImportOutOfOrder, type ImportHead } from '../event-importer.js';
import { GENESIS_HASH } from '../hash-chain.js';
import type { EventRow } from './rows.js';
import { SqliteTree } from './tree-table.js';

/**
 * The SQLite side of a migration (EventImporter): events written as they were stored elsewhere,
 * in one transaction per call, at the next positions of this log. Each must continue its stream
 * here (next revision, prevHash = the stream's last hash), so a repeat or a gap is refused whole.
 */
export class SqliteEventImport {
  private readonly insertEvent: Statement;
  private readonly upsertStream: Statement;
  private readonly selectStream: Statement;
  private readonly selectLast: Statement;
  private readonly tree: SqliteTree;

  constructor(private readonly db: Database) {
    this.tree = new SqliteTree(db);
    this.insertEvent = db.prepare(`INSERT INTO events (position, event_id, stream, revision, type, schema_version, data, metadata, recorded_at_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.upsertStream = db.prepare(`INSERT INTO streams (stream, revision, last_hash) VALUES (?, ?, ?)
      ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, last_hash = excluded.last_hash`);
    this.selectStream = db.prepare('SELECT revision, last_hash FROM streams WHERE stream = ?');
    this.selectLast = db.prepare('SELECT * FROM events ORDER BY position DESC LIMIT 1');
  }

  importEvents(events: readonly StoredEvent[]): void {
    if (events.length === 0) return;
    this.db.transaction(() => {
      let head = (this.selectLast.get() as EventRow | undefined)?.position ?? 0;
      const written: StoredEvent[] = [];
      for (const event of events) {
        const row = this.selectStream.get(event.stream) as { revision: number; last_hash: string } | undefined;
        const last = { revision: row?.revision ?? -1, hash: row?.last_hash ?? GENESIS_HASH };
        if (event.revision !== last.revision + 1)
          throw new ImportOutOfOrder(event.stream, event.revision, `the stream is at revision ${last.revision} in the target`);
        if (event.metadata.prevHash !== last.hash)
          throw new ImportOutOfOrder(event.stream, event.revision, 'its prevHash is not the hash of the stream\'s last event in the target');
        const recordedAtMs = parseInstantMs(event.metadata.recordedAt);
        if (recordedAtMs === null) throw new ImportOutOfOrder(event.stream, event.revision, `recordedAt ${event.metadata.recordedAt} is not an ISO instant`);
        head += 1;
        this.insertEvent.run(head, event.eventId, event.stream, event.revision, event.type, event.schemaVersion,
          JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAtMs);
        this.upsertStream.run(event.stream, event.revision, event.metadata.hash);
        written.push({ ...event, position: head });
      }
      // Issue 13: imported events join the Merkle tree as they are stored here, in the same transaction.
      this.tree.add(written);
    }).immediate();
  }

  lastImported(): ImportHead | null {
    const row = this.selectLast.get() as EventRow | undefined;
    if (!row) return null;
    const metadata = JSON.parse(row.metadata) as { hash: string };
    return { eventId: row.event_id, stream: row.stream, revision: row.revision, hash: metadata.hash };
  }
}
