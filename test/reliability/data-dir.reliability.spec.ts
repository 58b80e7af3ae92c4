import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_JWT_SECRET } from '../support/actors.js';
import { buildService, exited, killHard, runService, runTs, waitForOutput } from '../support/child-process.js';
import { itIf } from '../support/describe-if.js';
import { tempDir } from '../support/temp-dir.js';

const EX_CONFIG = 78;
const isRoot = process.getuid?.() === 0;
const dir = tempDir();
beforeAll(() => buildService(), 180_000);
afterAll(() => dir.remove());

/** The real service (the built dist/src/main.js, as `npm start` runs it) as a child process on `dataDir`. */
function service(dataDir: string, port: number): ChildProcess {
  return runService({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', JWT_SECRET: TEST_JWT_SECRET });
}

/** A size-limited tmpfs at `path` (root with CAP_SYS_ADMIN only); false where the machine does not allow it. */
function mountTmpfs(path: string, options: string): boolean {
  mkdirSync(path, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const unmount = (path: string) => execFileSync('umount', [path], { stdio: 'ignore' });
const canMount = isRoot && mountTmpfs(join(dir.path, 'probe-mount'), 'size=64k') && (unmount(join(dir.path, 'probe-mount')), true);
if (isRoot && !canMount) console.log('SKIPPED read-only and full DATA_DIR: running as root (chmod does not stop root) and tmpfs cannot be mounted here');

describe('DATA_DIR problems at start-up exit 78 naming DATA_DIR, the path and the OS reason (issue 10)', () => {
  it('refuses a DATA_DIR whose parent is a regular file (ENOTDIR)', async () => {
    writeFileSync(join(dir.path, 'a-file'), 'not a directory');
    const dataDir = join(dir.path, 'a-file', 'data');
    const result = await exited(service(dataDir, 0));
    expect(result.code).toBe(EX_CONFIG);
    expect(result.stderr).toContain(`configuration DATA_DIR: cannot use "${dataDir}"`);
    expect(result.stderr).toContain('ENOTDIR');
    expect(result.stderr).not.toContain('    at '); // one message, no stack
  });

  // Root ignores file modes, so as root a read-only tmpfs stands in for chmod 0555.
  itIf(!isRoot || canMount)('refuses a read-only DATA_DIR (EROFS on a read-only mount as root, EACCES after chmod 0555 otherwise)', async () => {
    const dataDir = join(dir.path, 'read-only');
    if (isRoot) mountTmpfs(dataDir, 'ro,size=64k');
    else {
      mkdirSync(dataDir);
      chmodSync(dataDir, 0o555);
    }
    try {
      const result = await exited(service(dataDir, 0));
      expect(result.code).toBe(EX_CONFIG);
      expect(result.stderr).toContain(`configuration DATA_DIR: cannot use "${dataDir}": it is not writable`);
      expect(result.stderr).toMatch(isRoot ? /EROFS/ : /EACCES/);
    } finally {
      if (isRoot) unmount(dataDir);
      else chmodSync(dataDir, 0o755);
    }
  });

  itIf(canMount)('refuses a full DATA_DIR (ENOSPC on a full 256 KiB tmpfs)', async () => {
    const disk = join(dir.path, 'full');
    mountTmpfs(disk, 'size=256k');
    try {
      expect(() => writeFileSync(join(disk, 'filler'), Buffer.alloc(1024 * 1024))).toThrow(/ENOSPC/);
      const dataDir = join(disk, 'data');
      const result = await exited(service(dataDir, 0));
      expect(result.code).toBe(EX_CONFIG);
      expect(result.stderr).toContain(`configuration DATA_DIR: cannot use "${dataDir}"`);
      expect(result.stderr).toContain('ENOSPC');
    } finally {
      unmount(disk);
    }
  });
});

describe('one process at a time on a DATA_DIR (issue 10: an exclusive lock)', () => {
  it('refuses a second service and a writing CLI verb while one runs, naming the holder (and a service on its port: PORT, 78); a kill -9 leaves no stale lock', async () => {
    const dataDir = join(dir.path, 'shared');
    const port = 32000 + (process.pid % 1000);
    const first = service(dataDir, port);
    await waitForOutput(first, (out) => out.includes('credit-ledger listening'), 60_000);

    const second = await exited(service(dataDir, port + 1));
    expect(second.code).toBe(EX_CONFIG);
    expect(second.stderr).toContain(`configuration DATA_DIR: "${dataDir}" is in use by another credit-ledger process (pid ${first.pid}, credit-ledger service; lock file ${join(dataDir, 'service.lock')})`);

    // Another DATA_DIR on the port the first one holds: a configuration problem too, one line, 78.
    const samePort = await exited(service(join(dir.path, 'other'), port));
    expect(samePort.code).toBe(EX_CONFIG);
    expect(samePort.stderr).toContain(`configuration PORT: cannot listen on 127.0.0.1:${port}`);
    expect(samePort.stderr).toContain('EADDRINUSE');
    expect(samePort.stderr).not.toContain('    at ');

    const rebuild = await exited(runTs('src/cli/main.ts', ['rebuild'], { DATA_DIR: dataDir }));
    expect(rebuild.code).toBe(EX_CONFIG);
    expect(rebuild.stderr).toContain(`pid ${first.pid}, credit-ledger service`);
    // Reading verbs still run beside the service.
    const verify = await exited(runTs('src/cli/main.ts', ['verify'], { DATA_DIR: dataDir }));
    expect(verify.code).toBe(0);

    await killHard(first);
    const restarted = service(dataDir, port + 2);
    const stopped = exited(restarted);
    await waitForOutput(restarted, (out) => out.includes('credit-ledger listening'), 60_000);
    expect(await fetch(`http://127.0.0.1:${port + 2}/health`).then((r) => r.json())).toEqual({ status: 'ok' });
    restarted.kill('SIGTERM');
    const result = await stopped;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/credit-ledger stopped on SIGTERM: drained \d+ requests?, projections at position \d+/);
  }, 180_000);

  // The write check passes, then a store runs out of room while it opens (its own thread included):
  // whichever store fails first, the answer is the same one line and 78, never a stack and exit 1.
  itIf(canMount)('refuses a nearly full DATA_DIR, whatever room is left, with one line naming DATA_DIR (exit 78 or a normal start)', async () => {
    for (const freeKiB of [1024, 256, 64, 32]) {
      const disk = join(dir.path, `nearly-full-${freeKiB}`);
      mountTmpfs(disk, 'size=2m');
      try {
        writeFileSync(join(disk, 'filler'), Buffer.alloc((2048 - freeKiB) * 1024));
        const dataDir = join(disk, 'data');
        const child = service(dataDir, 0);
        const started = waitForOutput(child, (out) => out.includes('listening on')).then(() => true, () => false);
        const result = exited(child);
        const outcome = await Promise.race([started.then((ok) => (ok ? 'started' : 'ended')), result.then(() => 'ended')]);
        if (outcome === 'started') {
          child.kill('SIGTERM');
          expect((await result).code).toBe(0);
          continue;
        }
        const { code, stderr } = await result;
        expect({ freeKiB, code }).toEqual({ freeKiB, code: EX_CONFIG });
        expect(stderr).toContain(`configuration DATA_DIR: cannot use "${dataDir}"`);
        expect(stderr).not.toContain('[object Object]');
        expect(stderr).not.toContain('    at ');
      } finally {
        unmount(disk);
      }
    }
  }, 120_000);
});
