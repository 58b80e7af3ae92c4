import type { Database, Statement } from 'better-sqlite3';
import type { StoredEvent } from '../event-store.port.js';
import { TreeEdge } from '../ledger/tree-edge.js';
import type { TreeNode } from '../ledger/tree-nodes.js';
import { SqliteTree, TreeBehindLog } from './tree-table.js';

/** The nodes one append adds and the tree's edge after them (SqliteTreeWriter.add). */
export interface TreeGrowth {
  readonly nodes: readonly TreeNode[];
  readonly edge: TreeEdge;
}

/**
 * The append path's side of the Merkle tree (issue 13). The tree's right edge (size, peaks, last
 * leaf) is kept in memory across appends instead of read from `tree_nodes` for each, and the nodes
 * of a whole write transaction are inserted together just before it commits. The log may be
 * written by another connection or process too (an import, the CLI, another instance on the same
 * DATA_DIR), so the edge is checked against the stored last leaf once per write transaction,
 * under its write lock, and read again when they differ; a rollback forgets it.
 */
export class SqliteTreeWriter {
  /** The edge of what is stored plus what is pending, as of this transaction; null: unknown until read again. */
  private edge: TreeEdge | null = null;
  /** Nodes of this transaction's appends that held, not inserted yet. */
  private pending: TreeNode[] = [];
  private readonly nodes: SqliteTree;
  private readonly lastLeaf: Statement;
  private readonly insert: Statement;

  constructor(db: Database) {
    this.nodes = new SqliteTree(db);
    this.insert = db.prepare('INSERT INTO tree_nodes (level, idx, hash) VALUES (?, ?, ?)');
    this.lastLeaf = db.prepare('SELECT idx, hash FROM tree_nodes WHERE level = 0 ORDER BY idx DESC LIMIT 1');
  }

  /** At the start of each write transaction: one index read; the peaks are read again only when someone else grew the tree. */
  begin(): void {
    this.pending = [];
    const row = this.lastLeaf.get() as { idx: number; hash: Buffer } | undefined;
    const last = row ? { index: row.idx, hash: row.hash } : null;
    if (this.edge?.matches(last)) return;
    this.edge = TreeEdge.load(last ? last.index + 1 : 0, this.nodes, last?.hash ?? null);
  }

  /**
   * The nodes that the leaves of events just written at positions size + 1… add, and the edge
   * after them. Stores nothing: the caller keeps the growth (`keep`) once its whole append held,
   * so a refused append leaves the tree as it was, like its rolled-back savepoint.
   */
  add(events: readonly StoredEvent[], leafHashes: readonly Buffer[]): TreeGrowth {
    if (this.edge === null) this.begin();
    const edge = this.edge!;
    if (events.length !== leafHashes.length) throw new RangeError(`${events.length} events but ${leafHashes.length} leaf hashes`);
    if (events.length === 0) return { nodes: [], edge };
    if (events[0]!.position !== edge.size + 1) throw new TreeBehindLog(edge.size, events[0]!.position);
    return edge.extend(leafHashes);
  }

  keep(growth: TreeGrowth): void {
    this.edge = growth.edge;
    this.pending.push(...growth.nodes);
  }

  /** Inserts the transaction's nodes, level by level (each level's rows go to the end of its part of the index). */
  writePending(): void {
    const nodes = this.pending.sort((a, b) => a.level - b.level || a.index - b.index);
    this.pending = [];
    for (const node of nodes) this.insert.run(node.level, node.index, node.hash);
  }

  /** After a rolled-back transaction: what is stored is read again at the next one. */
  forget(): void {
    this.edge = null;
    this.pending = [];
  }
}
