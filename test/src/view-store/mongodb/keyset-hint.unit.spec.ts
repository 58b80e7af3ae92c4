import { describe, it, expect } from '@jest/globals';
import { indexDescriptions } from '../../../../src/view-store/mongodb/mapping/documents.js';
import { keysetHint } from '../../../../src/view-store/mongodb/mapping/keyset-hint.js';

describe('the index a MongoDB keyset page walks (issue 14 item 6: the cursor $or must not sort in memory)', () => {
  const indexes = ['city', ['status', 'dueAt'], 'address.zip'];
  const names = indexDescriptions({ name: 'people', indexes }).map((index) => index.name);

  it('names the declared index whose fields before the sort field are filtered on, by the name the index was created with', () => {
    expect(keysetHint(indexes, [], 'city')).toBe('ix_city');
    expect(keysetHint(indexes, ['status'], 'dueAt')).toBe('ix_status+dueAt');
    expect(keysetHint(indexes, [], 'address.zip')).toBe('ix_address__zip');
    for (const hint of [keysetHint(indexes, [], 'city'), keysetHint(indexes, ['status'], 'dueAt'), keysetHint(indexes, [], 'address.zip')]) expect(names).toContain(hint);
  });

  it('gives no hint when sorting by id (the primary index) or when no index leads to the sort field', () => {
    expect(keysetHint(indexes, [], 'id')).toBeUndefined();
    expect(keysetHint(indexes, [], 'dueAt')).toBeUndefined();
  });
});
