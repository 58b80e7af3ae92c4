import { describe, it, expect, afterAll } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config/config-error.js';
import { DataDirLocked, lockDataDir } from '../../../src/storage/data-dir-lock.js';
import { DataDirUnusable, prepareDataDir } from '../../../src/storage/data-dir.js';
import { tempDir } from '../../support/temp-dir.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('DATA_DIR at start (issue 10)', () => {
  it('creates a missing DATA_DIR and checks it is writable', () => {
    const dataDir = join(dir.path, 'new', 'data');
    expect(() => prepareDataDir(dataDir)).not.toThrow();
  });

  it('refuses a DATA_DIR under a regular file as a configuration error naming DATA_DIR, the path and the OS reason', () => {
    writeFileSync(join(dir.path, 'file'), 'x');
    const dataDir = join(dir.path, 'file', 'data');
    expect(() => prepareDataDir(dataDir)).toThrow(DataDirUnusable);
    expect(() => prepareDataDir(dataDir)).toThrow(`configuration DATA_DIR: cannot use "${dataDir}": the directory cannot be created: ENOTDIR`);
  });

  it('lets one holder at a time lock it, names the holder to the next, and is free again once released', () => {
    const dataDir = join(dir.path, 'locked');
    prepareDataDir(dataDir);
    const first = lockDataDir(dataDir, 'first holder');
    let refusal: unknown;
    try {
      lockDataDir(dataDir, 'second holder');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLocked);
    expect(refusal).toBeInstanceOf(ConfigError);
    expect((refusal as Error).message).toContain(`pid ${process.pid}, first holder; lock file ${join(dataDir, 'service.lock')}`);
    first.release();
    const again = lockDataDir(dataDir, 'after release');
    again.release();
  });

  it('INSTANCES=shared (issue 14): shared holders coexist; an exclusive one is refused while they run, and a shared one while an exclusive one runs', () => {
    const dataDir = join(dir.path, 'shared');
    prepareDataDir(dataDir);
    const one = lockDataDir(dataDir, 'instance one', 'shared');
    const two = lockDataDir(dataDir, 'instance two', 'shared');
    expect(() => lockDataDir(dataDir, 'npm run cli -- rebuild')).toThrow(DataDirLocked);
    one.release();
    expect(() => lockDataDir(dataDir, 'npm run cli -- rebuild')).toThrow(DataDirLocked);
    two.release();
    const exclusive = lockDataDir(dataDir, 'a single service');
    expect(() => lockDataDir(dataDir, 'instance three', 'shared')).toThrow(DataDirLocked);
    exclusive.release();
    lockDataDir(dataDir, 'instance three', 'shared').release();
  });
});
