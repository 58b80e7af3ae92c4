import BetterSqlite3, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { eventHash } from '../../../src/event-store/hash-chain.js';
import { appendLeaves } from '../../../src/event-store/ledger/incremental-tree.js';
import { eventLeafBytes } from '../../../src/event-store/ledger/leaf-bytes.js';
import { resolveLedgerSigningKey, type LedgerSigningKey } from '../../../src/event-store/ledger/ledger-keys.js';
import { leafHash } from '../../../src/event-store/ledger/merkle-hash.js';
import { MemoryTreeNodes } from '../../../src/event-store/ledger/tree-nodes.js';
import { signTreeHead } from '../../../src/event-store/ledger/tree-head.js';
import { rowToEvent, type EventRow } from '../../../src/event-store/sqlite/rows.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { breachRecorded } from '../../domain/subject/fixture-events.js';
import { ManualClock } from '../../support/clocks.js';
import { fixedKeyPem, RFC8032_SEEDS } from '../../support/ed25519-keys.js';
import { testMetadata } from '../../support/metadata.js';
import { OTHER_SUBJECT_ID, seedDataDir } from './cli-fixture.js';

export const KEY_FROM = '2026-12-01T09:00:00.000+08:00';
/** The heads the service signed, by tree size, at fixed instants. */
export const SIGNED_AT: Readonly<Record<number, string>> = {
  2: '2026-12-07T09:00:00.000+08:00',
  4: '2026-12-07T10:00:00.000+08:00',
  5: '2026-12-07T11:00:00.000+08:00',
};

/** The service's signing key in `dataDir` (a fixed RFC 8032 key, published in DATA_DIR/keys as the service does). */
export function serviceKey(dataDir: string): LedgerSigningKey {
  return resolveLedgerSigningKey({ dataDir, configuredPem: fixedKeyPem(RFC8032_SEEDS.test1), now: KEY_FROM });
}

/**
 * seedDataDir's four events (1 S r0, 2 O r0, 3 S r1, 4 S r2; S = the subject, O = the other subject),
 * a fifth (5 O r1), and heads signed at sizes 2, 4 and 5 as the service signs them.
 */
export async function signedDataDir(dataDir: string): Promise<void> {
  await seedDataDir(dataDir);
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite'), schemas: domainEventSchemas(), clock: ManualClock.at('2026-02-03T10:00:00.000+08:00') });
  try {
    const breach = breachRecorded();
    await store.append({ stream: `subject-${OTHER_SUBJECT_ID}`, events: [{ type: breach.type, data: breach.data as never }], expected: 0, metadata: testMetadata() });
    const ledger = store.ledger();
    const key = serviceKey(dataDir);
    for (const [size, at] of Object.entries(SIGNED_AT)) await ledger.storeHead(signTreeHead({ treeSize: Number(size), rootHash: await ledger.rootHash(Number(size)), timestamp: at }, key));
  } finally {
    await store.close();
  }
}

/** What an intruder with file access does: every immutability trigger dropped, then `change` on the log's file. */
export function tamper(dataDir: string, change: (db: Database) => void): void {
  const db = new BetterSqlite3(join(dataDir, 'events.sqlite'));
  try {
    for (const table of ['events', 'tree_nodes', 'tree_heads']) {
      const name = table === 'events' ? 'events_are_immutable' : `${table}_are_immutable`;
      db.exec(`DROP TRIGGER IF EXISTS ${name}_update; DROP TRIGGER IF EXISTS ${name}_delete;`);
    }
    db.transaction(() => change(db))();
  } finally {
    db.close();
  }
}

/** The stream's chain recomputed from its first event, and its head fixed to match: the per-stream chain then verifies. */
export function rehashStream(db: Database, stream: string): void {
  const rows = db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision').all(stream) as EventRow[];
  let prevHash = '0'.repeat(64);
  let revision = -1;
  for (const row of rows) {
    const event = rowToEvent(row);
    const metadata = { ...event.metadata, prevHash };
    const hash = eventHash({ ...event, metadata });
    db.prepare('UPDATE events SET metadata = ? WHERE position = ?').run(JSON.stringify({ ...metadata, hash }), row.position);
    [prevHash, revision] = [hash, event.revision];
  }
  db.prepare('UPDATE streams SET revision = ?, last_hash = ? WHERE stream = ?').run(revision, prevHash, stream);
}

/** tree_nodes rebuilt from the events as they are now: the stored tree then matches the rewritten log. */
export function rebuildTree(db: Database): void {
  const events = (db.prepare('SELECT * FROM events ORDER BY position').all() as EventRow[]).map(rowToEvent);
  const nodes = new MemoryTreeNodes();
  nodes.store(appendLeaves(0, events.map((event) => leafHash(eventLeafBytes(event))), nodes));
  db.exec('DELETE FROM tree_nodes');
  const insert = db.prepare('INSERT INTO tree_nodes (level, idx, hash) VALUES (?, ?, ?)');
  for (const node of nodes.all()) insert.run(node.level, node.index, node.hash);
}
