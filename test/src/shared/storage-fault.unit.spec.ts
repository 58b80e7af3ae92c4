import { describe, it, expect } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { fromWriterError, toWriterError } from '../../../src/event-store/sqlite/writer-messages.js';
import { isStorageFault, storageFaultCode } from '../../../src/shared/storage-fault.js';
import { StorageHealth } from '../../../src/storage/storage-health.js';

/** A genuine SQLITE_FULL from SQLite: a database held to one page by its own quota. */
function realSqliteFull(): unknown {
  const db = new BetterSqlite3(':memory:');
  db.exec('CREATE TABLE t (x TEXT)');
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  try {
    for (let i = 0; i < 100; i += 1) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(1000));
  } catch (error) {
    return error;
  } finally {
    db.close();
  }
  throw new Error('expected SQLITE_FULL');
}

describe('storage faults (issue 10)', () => {
  it('recognises SQLite and file-system faults by their code, and nothing else', () => {
    expect(storageFaultCode(realSqliteFull())).toBe('SQLITE_FULL');
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'ENOSPC', 'EIO', 'EROFS', 'EDQUOT'])
      expect(isStorageFault({ code })).toBe(true);
    for (const error of [new Error('x'), { code: 'SQLITE_CONSTRAINT' }, { code: 'SQLITE_BUSY' }, { code: 'WRONG_EXPECTED_REVISION' }, null, undefined, 'SQLITE_FULL'])
      expect(isStorageFault(error)).toBe(false);
  });

  it('keeps the SQLite code of a fault met on the log writer thread across the thread boundary', () => {
    const crossed = fromWriterError(structuredClone(toWriterError(realSqliteFull())));
    expect(storageFaultCode(crossed)).toBe('SQLITE_FULL');
  });

  it('is unhealthy from the first fault until a write succeeds, counting the refusals', () => {
    const health = new StorageHealth();
    expect(health.problem).toBeNull();
    expect(health.noteFailure(new Error('a bug'))).toBe(false);
    expect(health.problem).toBeNull();
    health.noteFailure(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }));
    health.noteFailure(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    expect(health.problem).toMatchObject({ reason: 'SQLITE_FULL', failures: 2 });
    health.noteWriteSucceeded();
    expect(health.problem).toBeNull();
  });
});
