import { uuidV7 } from '../../shared/uuid-v7.js';
import type { Database, Statement } from 'better-sqlite3';
import { shanghaiIso } from '../../shared/clock.js';
import type { AppendRequest, AppendResult } from '../event-store.port.js';
import { IdempotencyConflict, InvalidAppend, WrongExpectedRevision } from '../errors.js';
import { GENESIS_HASH } from '../hash-chain.js';
import { chainNewEvents } from '../chain-new-events.js';
import { expectedMatches } from '../append-validation.js';
import type { EventSchemaRegistry } from '../schema-registry.js';
import { rowToEvent, type EventRow } from './rows.js';
import { leafHashOfChainedBody } from '../ledger/leaf-bytes.js';
import { SqliteTreeWriter } from './tree-writer.js';

interface KeyRow { fingerprint: string; stream: string; revision: number; position: number; first_position: number | null; last_position: number | null }

/**
 * Writes appends inside a transaction the caller opened: one call per append, each under its own
 * savepoint so a failed check undoes only that append. Positions are head + 1 (gap-free).
 */
export class AppendWriter {
  private readonly insertEvent: Statement;
  private readonly upsertStream: Statement;
  private readonly selectStream: Statement;
  private readonly selectKey: Statement;
  private readonly insertKey: Statement;
  private readonly selectRange: Statement;
  private readonly selectHead: Statement;
  private readonly tree: SqliteTreeWriter | null;

  constructor(db: Database, private readonly schemas: EventSchemaRegistry, private readonly newId: () => string = () => uuidV7(), merkleTree = true) {
    this.insertEvent = db.prepare(`INSERT INTO events (position, event_id, stream, revision, type, schema_version, data, metadata, recorded_at_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.upsertStream = db.prepare(`INSERT INTO streams (stream, revision, last_hash) VALUES (?, ?, ?)
      ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, last_hash = excluded.last_hash`);
    this.selectStream = db.prepare('SELECT revision, last_hash FROM streams WHERE stream = ?');
    this.selectKey = db.prepare('SELECT * FROM idempotency_keys WHERE key = ?');
    this.insertKey = db.prepare(`INSERT INTO idempotency_keys (key, fingerprint, stream, revision, position, first_position, last_position)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.selectRange = db.prepare('SELECT * FROM events WHERE position BETWEEN ? AND ? ORDER BY position');
    this.selectHead = db.prepare('SELECT position, recorded_at_ms FROM events ORDER BY position DESC LIMIT 1');
    this.tree = merkleTree ? new SqliteTreeWriter(db) : null;
  }

  /**
   * The head and last recorded instant, read at the start of each write transaction (under its
   * write lock); the tree's kept edge is checked against the stored tree there too.
   */
  begin(): { position: number; recordedAtMs: number } {
    this.tree?.begin();
    const row = this.selectHead.get() as { position: number; recorded_at_ms: number } | undefined;
    return { position: row?.position ?? 0, recordedAtMs: row?.recorded_at_ms ?? 0 };
  }

  lookupKey(key: string): { fingerprint: string; result: AppendResult } | null {
    const row = this.selectKey.get(key) as KeyRow | undefined;
    if (!row) return null;
    const events = row.first_position === null ? [] : (this.selectRange.all(row.first_position, row.last_position) as EventRow[]).map(rowToEvent);
    return { fingerprint: row.fingerprint, result: { stream: row.stream, revision: row.revision, position: row.position, events, replayed: true } };
  }

  /** Just before the write transaction commits: the tree's nodes of every append that held (issue 13). */
  beforeCommit(): void {
    this.tree?.writePending();
  }

  /** A write transaction was rolled back: nothing kept about the tree holds any more. */
  rolledBack(): void {
    this.tree?.forget();
  }

  /** Appends one request at `head`; returns the result and the new head. Throws on a failed check. */
  write(request: AppendRequest, head: number, recordedAtMs: number, recordedAt: string = shanghaiIso(recordedAtMs)): AppendResult {
    if (request.idempotency) {
      const earlier = this.lookupKey(request.idempotency.key);
      if (earlier) {
        if (earlier.fingerprint !== request.idempotency.fingerprint) throw new IdempotencyConflict(request.idempotency.key);
        return earlier.result;
      }
    }
    const streamRow = this.selectStream.get(request.stream) as { revision: number; last_hash: string } | undefined;
    const actual = streamRow?.revision ?? -1;
    if (!expectedMatches(request.expected, actual)) throw new WrongExpectedRevision(request.stream, request.expected, actual);

    // Issue 13: each leaf is hashed from the canonical parts the chain hash was just made from.
    const leafHashes: Buffer[] = [];
    const stored = chainNewEvents(request, this.schemas, {
      firstRevision: actual + 1,
      firstPosition: head + 1,
      prevHash: streamRow?.last_hash ?? GENESIS_HASH,
      recordedAt,
      eventIdFor: () => this.newId(),
    }, this.tree ? (event, body) => leafHashes.push(leafHashOfChainedBody(body, event.metadata.hash)) : undefined);
    const prevHash = stored.at(-1)?.metadata.hash ?? streamRow?.last_hash ?? GENESIS_HASH;

    stored.forEach((event, index) => {
      try {
        this.insertEvent.run(event.position, event.eventId, event.stream, event.revision, event.type, event.schemaVersion,
          JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAtMs);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes('event_id'))
          throw new InvalidAppend(`events[${index}].eventId`, 'EVENT_ID_UNIQUE', `event id ${event.eventId} is already in the log`);
        throw error;
      }
    });
    // Issue 13: their leaves join the Merkle tree, kept only if the whole append holds (a refused append adds none).
    const grown = this.tree?.add(stored, leafHashes);
    const revision = actual + stored.length;
    const position = stored.length > 0 ? head + stored.length : head;
    if (stored.length > 0) this.upsertStream.run(request.stream, revision, prevHash);
    if (request.idempotency) {
      this.insertKey.run(request.idempotency.key, request.idempotency.fingerprint, request.stream, revision, position,
        stored[0]?.position ?? null, stored.at(-1)?.position ?? null);
    }
    // The tree's edge moves on only now that the whole append held.
    if (grown) this.tree!.keep(grown);
    return { stream: request.stream, revision, position, events: stored, replayed: false };
  }
}
