import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { tempDir } from '../support/temp-dir.js';
import { describe, it, expect } from '@jest/globals';
import { viewStoreContract } from './view-store.contract.js';

viewStoreContract('sqlite', async () => {
  const dir = tempDir();
  const file = join(dir.path, 'views.sqlite');
  return { open: async () => new SqliteViewStore(file), dispose: async () => dir.remove() };
});

describe('SQLite view store specifics', () => {
  it('leaves a deferred collection\'s indexes out until buildIndexes, then plans its queries on them', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'views.sqlite');
    const views = new SqliteViewStore(file);
    await views.ensureCollection({ name: 'things', indexes: ['tag'], deferIndexes: true });
    const indexNames = () => {
      const db = new BetterSqlite3(file, { readonly: true });
      const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'v_things' AND sql IS NOT NULL`).all() as Array<{ name: string }>).map((r) => r.name);
      db.close();
      return names;
    };
    expect(indexNames()).toEqual([]);
    await views.buildIndexes('things');
    expect(indexNames()).toEqual(['ix_things_tag']);
    await views.close();
    dir.remove();
  });

  it('pages through documents whose indexed field holds objects, as json_extract orders them', async () => {
    const dir = tempDir();
    const views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    await views.ensureCollection({ name: 'things', indexes: ['tag'] });
    const docs = [{ id: 'a', tag: { k: 2 } }, { id: 'b', tag: { k: 1 } }, { id: 'c', tag: 'plain' }, { id: 'd', tag: null }, { id: 'e', tag: { k: 1 } }];
    await views.commit({ changes: docs.map((doc) => ({ collection: 'things', id: doc.id, doc })) });
    for (const direction of ['asc', 'desc'] as const) {
      const all = (await views.find('things', { sort: { field: 'tag', direction }, limit: 10 })).items.map((d) => d.id);
      const paged: unknown[] = [];
      let cursor: string | null = null;
      do {
        const page = await views.find('things', { sort: { field: 'tag', direction }, limit: 1, cursor });
        paged.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
      } while (cursor && paged.length < 20);
      expect(paged).toEqual(all);
    }
    await views.close();
    dir.remove();
  });

  it('keeps exactly the declared indexes, each ending with id: a compound one on its fields in order, one no longer declared dropped', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'views.sqlite');
    const views = new SqliteViewStore(file);
    await views.ensureCollection({ name: 'reviews', indexes: ['status', 'subjectId'] });
    await views.ensureCollection({ name: 'reviews', indexes: [['status', 'dueAt'], 'subjectId'] });
    const db = new BetterSqlite3(file, { readonly: true });
    const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'v_reviews' AND sql IS NOT NULL ORDER BY name").all();
    expect(indexes).toEqual([
      { name: 'ix_reviews_status+dueAt', sql: expect.stringContaining("(json_extract(doc, '$.status'), json_extract(doc, '$.dueAt'), id)") },
      { name: 'ix_reviews_subjectId', sql: expect.stringContaining("(json_extract(doc, '$.subjectId'), id)") },
    ]);
    db.close();
    await views.close();
    dir.remove();
  });
});
