import BetterSqlite3, { type Database, type Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JsonObject } from '../../shared/json.js';
import { checkpointsOf, type CollectionSpec, type IndexDeclaration, type IndexedValue, type Lease, type LeaseRequest, type ViewCommit, type ViewPage, type ViewQuery, type ViewStore } from '../view-store.port.js';
import { SqliteLeases } from './sqlite-leases.js';
import { InvalidViewQuery, StaleViewDocument } from '../errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { declaredIndexes, indexNameSuffix, queryableFields } from '../index-declarations.js';
import { checkCollectionName, checkQueryFields, pageSize } from '../query-checks.js';
import { excludesNull } from '../conditions.js';
import { afterCursorSql, fieldExpression, whereClause } from './sql-filter.js';

/** A path into a document, read the way json_extract does (for the cursor's sort value). */
function valueAt(doc: JsonObject, field: string, id: string): IndexedValue {
  if (field === 'id') return id;
  let current: unknown = doc;
  for (const part of field.split('.')) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  if (current === undefined || current === null) return null;
  // json_extract yields an object or array as its JSON text: the cursor must compare the same way.
  return typeof current === 'object' ? JSON.stringify(current) : (current as IndexedValue);
}

/**
 * The embedded default view store: one table per collection holding JSON documents, with an
 * expression index per declared index (its fields, then id). A commit — view changes, checkpoint and metadata — is one
 * SQLite transaction, so a crash never leaves views and checkpoint out of step.
 */
export class SqliteViewStore implements ViewStore {
  private readonly db: Database;
  private readonly indexes = new Map<string, Set<string>>();
  private readonly statements = new Map<string, Statement>();
  private readonly leaseTable: SqliteLeases;

  /**
   * `synchronous = NORMAL` by default: views are derived data committed with their checkpoints, so a
   * power cut can only lose the last batches, which the runner applies again from the log.
   */
  constructor(file: string, options: { synchronous?: 'FULL' | 'NORMAL' } = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    // Views are rewritten batch after batch: keep their hot pages in memory (64 MiB).
    this.db.pragma('cache_size = -65536');
    // Checkpoint the WAL every ~40 MB rather than SQLite's 4 MB: a page rewritten by several batches
    // is copied back once (catch-up from zero measured ~10 % faster).
    this.db.pragma('wal_autocheckpoint = 10000');
    // Planner statistics, bounded in cost: SQLite's advice for long-lived connections.
    this.db.pragma('analysis_limit = 1000');
    this.db.pragma('optimize = 0x10002');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS view_collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS view_checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS view_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `);
    this.leaseTable = new SqliteLeases(this.db);
  }

  /** Statements are compiled once per SQL text: projection batches run the same few over and over. */
  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private table(name: string): string {
    checkCollectionName(name);
    return `"v_${name}"`;
  }

  /** Declared indexes, from memory or (for another process's collection) from the catalogue table. */
  private indexesOf(name: string): Set<string> {
    let known = this.indexes.get(name);
    if (!known) {
      const row = this.prepare('SELECT indexes FROM view_collections WHERE name = ?').get(name) as { indexes: string } | undefined;
      if (!row) throw new InvalidViewQuery('collection', 'UNKNOWN_COLLECTION', `${name} does not exist`);
      known = queryableFields(JSON.parse(row.indexes) as IndexDeclaration[]);
      this.indexes.set(name, known);
    }
    return known;
  }

  /**
   * Creates the table and, unless deferred, one index per declaration, `(field…, id)`; the indexes
   * of ours no longer declared are dropped, so the indexes are exactly the declared ones.
   */
  async ensureCollection(spec: CollectionSpec): Promise<void> {
    const table = this.table(spec.name);
    const indexes = declaredIndexes(spec.indexes);
    this.db.transaction(() => {
      // A rowid table with a unique id: documents are a few hundred bytes, too large to sit in the
      // primary-key B-tree itself (WITHOUT ROWID wrote 3× slower here).
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)`);
      if (!spec.deferIndexes) this.createIndexes(spec.name, indexes);
      this.prepare('INSERT OR REPLACE INTO view_collections (name, indexes) VALUES (?, ?)').run(spec.name, JSON.stringify(indexes));
    }).immediate();
    this.indexes.set(spec.name, queryableFields(indexes));
    this.statements.clear();
  }

  async buildIndexes(name: string): Promise<void> {
    const row = this.prepare('SELECT indexes FROM view_collections WHERE name = ?').get(name) as { indexes: string } | undefined;
    if (!row) throw new InvalidViewQuery('collection', 'UNKNOWN_COLLECTION', `${name} does not exist`);
    this.db.transaction(() => this.createIndexes(name, declaredIndexes(JSON.parse(row.indexes) as IndexDeclaration[]))).immediate();
    this.statements.clear();
  }

  private createIndexes(name: string, indexes: ReturnType<typeof declaredIndexes>): void {
    const table = this.table(name);
    const wanted = new Map(indexes.map((fields) => [`ix_${name}_${indexNameSuffix(fields)}`, fields]));
    const existing = this.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND name LIKE 'ix\\_%' ESCAPE '\\'").all(`v_${name}`) as Array<{ name: string }>;
    for (const { name: index } of existing) if (!wanted.has(index)) this.db.exec(`DROP INDEX "${index}"`);
    for (const [index, keys] of wanted) this.db.exec(`CREATE INDEX IF NOT EXISTS "${index}" ON ${table} (${keys.map(fieldExpression).join(', ')})`);
  }

  async dropCollection(name: string): Promise<void> {
    const table = this.table(name);
    this.db.transaction(() => {
      this.db.exec(`DROP TABLE IF EXISTS ${table}`);
      this.prepare('DELETE FROM view_collections WHERE name = ?').run(name);
    }).immediate();
    this.indexes.delete(name);
    this.statements.clear();
  }

  async get(collection: string, id: string): Promise<JsonObject | null> {
    this.indexesOf(collection);
    const row = this.prepare(`SELECT doc FROM ${this.table(collection)} WHERE id = ?`).get(id) as { doc: string } | undefined;
    return row ? JSON.parse(row.doc) : null;
  }

  async getMany(collection: string, ids: readonly string[]): Promise<Map<string, JsonObject>> {
    this.indexesOf(collection);
    const found = new Map<string, JsonObject>();
    const statement = this.prepare(`SELECT id, doc FROM ${this.table(collection)} WHERE id IN (SELECT value FROM json_each(?))`);
    for (const row of statement.all(JSON.stringify(ids)) as Array<{ id: string; doc: string }>) found.set(row.id, JSON.parse(row.doc));
    return found;
  }

  async find(collection: string, query: ViewQuery = {}): Promise<ViewPage> {
    const { sql, params, limit, sortField } = this.selectSql(collection, query);
    const rows = this.prepare(sql).all(...params) as Array<{ id: string; doc: string }>;
    const items = rows.slice(0, limit).map((row) => JSON.parse(row.doc) as JsonObject);
    const last = rows.length > limit ? rows[limit - 1]! : null;
    return { items, nextCursor: last ? encodeCursor(valueAt(items[limit - 1]!, sortField, last.id), last.id) : null };
  }

  async count(collection: string, filter: ViewQuery['filter'] = {}): Promise<number> {
    const { sql, params } = this.countSql(collection, filter);
    return (this.prepare(sql).get(...params) as { n: number }).n;
  }

  /**
   * SQLite's plan for a `find` (or, with `count: true`, a `count`) exactly as it would run: one
   * line per step (`SEARCH … USING INDEX …`, `SCAN …`, `USE TEMP B-TREE FOR ORDER BY`). Not part
   * of the port: the query-plan tests read it to prove each list walks an index range.
   */
  explain(collection: string, query: ViewQuery = {}, options: { count?: boolean } = {}): string[] {
    const { sql, params } = options.count ? this.countSql(collection, query.filter ?? {}) : this.selectSql(collection, query);
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
  }

  private selectSql(collection: string, query: ViewQuery) {
    checkQueryFields(query, this.indexesOf(collection));
    const limit = pageSize(query);
    const sort = query.sort ?? { field: 'id', direction: 'asc' as const };
    const expr = fieldExpression(sort.field);
    const params: Array<string | number | null> = [];
    const where = whereClause(query.filter, params);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      where.push(afterCursorSql(expr, sort.direction, value, id, params, excludesNull(query.filter?.[sort.field])));
    }
    const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
    const order = expr === 'id' ? `id ${dir}` : `${expr} ${dir}, id ${dir}`;
    const sql = `SELECT id, doc FROM ${this.table(collection)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
    return { sql, params: [...params, limit + 1], limit, sortField: sort.field };
  }

  private countSql(collection: string, filter: NonNullable<ViewQuery['filter']>) {
    checkQueryFields({ filter }, this.indexesOf(collection));
    const params: Array<string | number | null> = [];
    const where = whereClause(filter, params);
    return { sql: `SELECT count(*) AS n FROM ${this.table(collection)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params };
  }

  async readCheckpoint(name: string): Promise<number> {
    const row = this.prepare('SELECT position FROM view_checkpoints WHERE name = ?').get(name) as { position: number } | undefined;
    return row?.position ?? 0;
  }

  async readMeta(key: string): Promise<JsonObject | null> {
    const row = this.prepare('SELECT value FROM view_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? JSON.parse(row.value) : null;
  }

  async commit(commit: ViewCommit): Promise<void> {
    const tables = new Map(commit.changes.map((change) => [change.collection, this.table(change.collection)]));
    // IMMEDIATE: the write lock first, so the fences checked below cannot change before COMMIT (issue 14).
    this.db.transaction(() => {
      for (const fence of commit.fences ?? []) this.leaseTable.check(fence);
      for (const change of commit.changes) {
        const table = tables.get(change.collection)!;
        if (change.doc === null) this.prepare(`DELETE FROM ${table} WHERE id = ?`).run(change.id);
        else if (change.createOnly) {
          // Under the write lock: a row already there (another writer's) refuses the commit, never replaced.
          if (this.prepare(`INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO NOTHING`).run(change.id, JSON.stringify(change.doc)).changes === 0)
            throw new StaleViewDocument(change.collection);
        }
        // An upsert updates the row in place; OR REPLACE would delete it and insert a new one.
        else this.prepare(`INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`).run(change.id, JSON.stringify(change.doc));
      }
      for (const checkpoint of checkpointsOf(commit)) this.leaseTable.write(checkpoint);
      for (const [key, value] of Object.entries(commit.meta ?? {})) {
        if (value === null) this.prepare('DELETE FROM view_meta WHERE key = ?').run(key);
        else this.prepare('INSERT OR REPLACE INTO view_meta (key, value) VALUES (?, ?)').run(key, JSON.stringify(value));
      }
    }).immediate();
  }

  async acquireLease(request: LeaseRequest): Promise<Lease | null> {
    return this.db.transaction(() => this.leaseTable.acquire(request)).immediate();
  }

  async renewLease(lease: Lease, ttlMs: number, nowMs: number): Promise<Lease | null> {
    return this.db.transaction(() => this.leaseTable.renew(lease, ttlMs, nowMs)).immediate();
  }

  async releaseLease(lease: Lease): Promise<void> {
    this.db.transaction(() => this.leaseTable.releaseLease(lease)).immediate();
  }

  async leases(): Promise<Lease[]> {
    return this.leaseTable.list();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('optimize');
    this.db.close();
  }
}
