import { describe, it, expect } from '@jest/globals';
import { join } from 'node:path';
import { Pseudonymizer } from '../../../src/personal-data/pseudonymizer.js';
import { SqlitePersonalDataStore } from '../../../src/personal-data/sqlite/sqlite-personal-data-store.js';
import { tempDir } from '../../support/temp-dir.js';

describe('personal data lives apart from the log (A28)', () => {
  it('derives a stable pseudonymous subject id that does not contain the identity number', () => {
    const dir = tempDir();
    const keyFile = join(dir.path, 'keys', 'pseudonym.key');
    const a = Pseudonymizer.fromConfig(keyFile);
    const b = Pseudonymizer.fromConfig(keyFile);
    const id = a.subjectIdFor('11010519491231002X');
    expect(id).toMatch(/^P[0-9A-F]{32}$/);
    expect(id).not.toContain('110105');
    expect(b.subjectIdFor('11010519491231002X')).toBe(id);
    expect(a.subjectIdFor('44011320141005001X')).not.toBe(id);
    const otherKey = new Pseudonymizer(Buffer.alloc(32, 7));
    expect(otherKey.subjectIdFor('11010519491231002X')).not.toBe(id);
    dir.remove();
  });

  it('stores, reads and erases a person\'s fields, keeping only the fact and basis of the erasure', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'personal-data.sqlite');
    const store = new SqlitePersonalDataStore(file);
    const record = { subjectId: 'PABC', fullName: '张三', identityNumber: '11010519491231002X', birthDate: '1949-12-31', recordedAt: '2026-03-06T09:30:00.000+08:00' };
    // A row left by a registration that never reached the log is replaced by the retry.
    await store.put({ ...record, fullName: '李四' });
    await store.put(record);
    expect(await store.get('PABC')).toEqual({ state: 'present', record });
    expect(await store.get('PNONE')).toEqual({ state: 'unknown' });
    expect(await store.erase('PABC', '2026-04-01T10:00:00.000+08:00', 'credit office decision 2026-17')).toBe(true);
    expect(await store.erase('PABC', '2026-04-02T10:00:00.000+08:00', 'again')).toBe(false);
    await store.close();
    const reopened = new SqlitePersonalDataStore(file);
    expect(await reopened.get('PABC')).toEqual({ state: 'erased', subjectId: 'PABC', erasedAt: '2026-04-01T10:00:00.000+08:00', basis: 'credit office decision 2026-17' });
    await reopened.put(record);
    expect((await reopened.get('PABC')).state).toBe('erased');
    await reopened.put({ ...record, subjectId: 'PDEF' });
    expect(await reopened.getMany(['PDEF', 'PABC', 'PNONE'])).toEqual(new Map([
      ['PDEF', await reopened.get('PDEF')], ['PABC', await reopened.get('PABC')], ['PNONE', { state: 'unknown' }],
    ]));
    expect(await reopened.getMany([])).toEqual(new Map());
    await reopened.close();
    dir.remove();
  });
});
