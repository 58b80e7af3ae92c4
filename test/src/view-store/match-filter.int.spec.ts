import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { matchesFilter } from '../../../src/view-store/match-filter.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import type { ViewQuery } from '../../../src/view-store/view-store.port.js';
import type { JsonObject } from '../../../src/shared/json.js';
import { tempDir } from '../../support/temp-dir.js';

/** Disclosure-like documents: the fields the A9 "active today" filter reads, with nulls and a missing field. */
const DOCS: readonly (JsonObject & { id: string })[] = [
  { id: 'a', publishable: true, decisionDate: '2026-02-20', disclosedThrough: '2027-02-20', n: 3 },
  { id: 'b', publishable: true, decisionDate: '2026-03-01', disclosedThrough: null, n: 0 },
  { id: 'c', publishable: false, decisionDate: '2026-01-10', disclosedThrough: '2026-04-10', n: -1 },
  { id: 'd', publishable: true, decisionDate: '2023-01-01', disclosedThrough: '2026-01-01' },
  { id: 'e', publishable: true, decisionDate: null, disclosedThrough: '2026-12-31', n: 7 },
];
const FILTERS: NonNullable<ViewQuery['filter']>[] = [
  { publishable: true, decisionDate: { gte: '2023-02-02', lte: '2026-03-02' }, disclosedThrough: { gte: '2026-03-02' } },
  { publishable: false },
  { disclosedThrough: null },
  { disclosedThrough: { eq: null } },
  { disclosedThrough: { ne: null } },
  { n: { ne: 3 } },
  { n: { gt: 0, lt: 7 } },
  { n: { in: [0, 7] } },
  { decisionDate: { lt: '2026-02-20' } },
  { id: { in: ['a', 'e'] } },
];

describe('matchesFilter: a document in hand meets a view filter exactly when the SQLite view store would return it', () => {
  const dir = tempDir();
  const views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
  beforeAll(async () => {
    await views.ensureCollection({ name: 'docs', indexes: ['publishable,decisionDate,id,disclosedThrough', 'disclosedThrough', 'n', 'decisionDate'] });
    await views.commit({ changes: DOCS.map((doc) => ({ collection: 'docs', id: doc.id, doc })) });
  });
  afterAll(async () => {
    await views.close();
    dir.remove();
  });

  it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))('%s', async (_name, filter) => {
    const stored = (await views.find('docs', { filter, limit: 100 })).items.map((doc) => doc.id).sort();
    expect(DOCS.filter((doc) => matchesFilter(doc, filter)).map((doc) => doc.id).sort()).toEqual(stored);
  });
});
