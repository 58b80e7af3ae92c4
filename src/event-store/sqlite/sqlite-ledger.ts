import type { Database, Statement } from 'better-sqlite3';
import type { StoredEvent } from '../event-store.port.js';
import type { SignedTreeHead } from '../ledger/tree-head.js';
import type { Ledger, LeafEvent } from '../ledger/ledger.port.js';
import { rowToEvent, type EventRow } from './rows.js';
import { SqliteTree } from './tree-table.js';

interface HeadRow { tree_size: number; root_hash: string; timestamp: string; key_id: string; signature: string }

const toHead = (row: HeadRow): SignedTreeHead => ({ treeSize: row.tree_size, rootHash: row.root_hash, timestamp: row.timestamp, keyId: row.key_id, signature: row.signature });

/** The SQLite log's ledger (issue 13): the tree in tree_nodes, the signed heads in tree_heads, leaf i = position i + 1. */
export class SqliteLedger implements Ledger {
  private readonly tree: SqliteTree;
  private readonly statements: Record<'head' | 'sizes' | 'insertHead' | 'latest' | 'from' | 'one' | 'stream' | 'byId' | 'after', Statement>;

  constructor(db: Database) {
    this.tree = new SqliteTree(db);
    this.statements = {
      head: db.prepare('SELECT max(position) FROM events').pluck(),
      // One statement, one snapshot: the writer thread may commit between two separate reads.
      sizes: db.prepare('SELECT (SELECT max(position) FROM events) AS log, (SELECT max(idx) FROM tree_nodes WHERE level = 0) AS tree'),
      insertHead: db.prepare('INSERT INTO tree_heads (tree_size, root_hash, timestamp, key_id, signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT (tree_size) DO NOTHING'),
      latest: db.prepare('SELECT * FROM tree_heads ORDER BY tree_size DESC LIMIT 1'),
      from: db.prepare('SELECT * FROM tree_heads WHERE tree_size >= ? ORDER BY tree_size LIMIT ?'),
      one: db.prepare('SELECT * FROM tree_heads WHERE tree_size = ?'),
      stream: db.prepare('SELECT * FROM events WHERE stream = ? ORDER BY revision'),
      byId: db.prepare('SELECT * FROM events WHERE event_id = ?'),
      after: db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
    };
  }

  async leafIndexesOf(events: readonly StoredEvent[]): Promise<Array<number | null>> {
    return events.map((event) => event.position - 1); // positions are gap-free from 1 on SQLite
  }

  async treeSize(): Promise<number> {
    return this.tree.size();
  }

  async logSize(): Promise<number> {
    return (this.statements.head.get() as number | null) ?? 0;
  }

  async sizes() {
    const row = this.statements.sizes.get() as { log: number | null; tree: number | null };
    return { treeSize: row.tree === null ? 0 : row.tree + 1, logSize: row.log ?? 0 };
  }

  async rootHash(treeSize: number): Promise<string> {
    return this.tree.root(treeSize).toString('hex');
  }

  async inclusionProof(leafIndex: number, treeSize: number): Promise<string[]> {
    return this.tree.inclusionProof(leafIndex, treeSize).map((hash) => hash.toString('hex'));
  }

  async consistencyProof(fromSize: number, toSize: number): Promise<string[]> {
    return this.tree.consistencyProof(fromSize, toSize).map((hash) => hash.toString('hex'));
  }

  async leafHashes(fromLeaf: number, count: number): Promise<Array<string | null>> {
    return Array.from({ length: count }, (_, offset) => this.tree.node(0, fromLeaf + offset)?.toString('hex') ?? null);
  }

  async storedStream(stream: string): Promise<LeafEvent[]> {
    return (this.statements.stream.all(stream) as EventRow[]).map((row) => ({ leafIndex: row.position - 1, event: rowToEvent(row) }));
  }

  async storedEventsAfter(position: number, limit: number): Promise<LeafEvent[]> {
    return (this.statements.after.all(position, limit) as EventRow[]).map((row) => ({ leafIndex: row.position - 1, event: rowToEvent(row) }));
  }

  async storedEvent(eventId: string): Promise<LeafEvent | null> {
    const row = this.statements.byId.get(eventId) as EventRow | undefined;
    return row ? { leafIndex: row.position - 1, event: rowToEvent(row) } : null;
  }

  async storeHead(head: SignedTreeHead): Promise<void> {
    this.statements.insertHead.run(head.treeSize, head.rootHash, head.timestamp, head.keyId, head.signature);
  }

  async latestHead(): Promise<SignedTreeHead | null> {
    const row = this.statements.latest.get() as HeadRow | undefined;
    return row ? toHead(row) : null;
  }

  async heads(fromSize: number, limit: number): Promise<SignedTreeHead[]> {
    return (this.statements.from.all(fromSize, limit) as HeadRow[]).map(toHead);
  }

  async head(treeSize: number): Promise<SignedTreeHead | null> {
    const row = this.statements.one.get(treeSize) as HeadRow | undefined;
    return row ? toHead(row) : null;
  }
}
