import { it, expect, afterAll, beforeAll } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { demoUscc } from '../../src/demo/identifiers.js';
import { Prng } from '../../src/demo/prng.js';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port.js';
import { TEST_JWT_SECRET, actor } from '../support/actors.js';
import { describeIf } from '../support/describe-if.js';
import { tempDir } from '../support/temp-dir.js';
import { ManualClock, TEST_NOW } from '../support/clocks.js';

const dir = tempDir();
const disk = join(dir.path, 'disk');

/** A size-limited tmpfs: needs root with CAP_SYS_ADMIN; elsewhere the suite is SKIPPED (storage-faults.e2e.spec.ts still runs). */
function mountSmallDisk(): boolean {
  if (process.getuid?.() !== 0) return false;
  mkdirSync(disk, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', disk], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted = mountSmallDisk();
if (!mounted) console.log('SKIPPED disk-full on a real file system: a tmpfs cannot be mounted here (not root, or no CAP_SYS_ADMIN)');

const OFFICER = actor('department', 'officer-7', 'ks-drc');
const rng = new Prng(11);
const organisation = (n: number) => ({ kind: 'organisation', uscc: demoUscc(rng), name: `昆山满盘测试企业${n}有限公司` });
const STORAGE_REASONS = /^(SQLITE_FULL|SQLITE_IOERR.*|ENOSPC)$/;

/** A real full disk under the real app, the log written on its writer thread (the error's code crosses the thread boundary). */
describeIf(mounted)('a full file system under DATA_DIR (issue 10, 16 MiB tmpfs, SQLITE_WRITER_THREAD=true)', () => {
  let app: NestExpressApplication;
  let events: EventStore;
  beforeAll(async () => {
    app = await createApp(loadConfig({ DATA_DIR: join(disk, 'data'), PORT: '0', JWT_SECRET: TEST_JWT_SECRET, PROJECTION_THREAD: 'false', SQLITE_WRITER_THREAD: 'true' }), { logger: false, clock: ManualClock.at(TEST_NOW) });
    await app.init();
    events = app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await app?.close();
    if (mounted) execFileSync('umount', [disk], { stdio: 'ignore' });
    dir.remove();
  });

  it('answers 503 STORAGE_UNAVAILABLE and appends nothing while the disk is full; after space is freed a write succeeds and readiness returns', async () => {
    const http = request(app.getHttpServer());
    await http.post('/subjects').set(OFFICER).send(organisation(0)).expect(201);
    const filler = join(disk, 'filler');
    expect(() => writeFileSync(filler, Buffer.alloc(32 * 1024 * 1024))).toThrow(/ENOSPC/);

    let refused: request.Response | null = null;
    let headBefore = 0;
    for (let n = 1; n < 2000 && refused === null; n += 1) {
      headBefore = await events.headPosition();
      const answer = await http.post('/subjects').set(OFFICER).send(organisation(n));
      if (answer.status !== 201) refused = answer;
    }
    expect(refused?.status).toBe(503);
    expect(refused?.body.code).toBe('STORAGE_UNAVAILABLE');
    expect(refused?.body.details.reason).toMatch(STORAGE_REASONS);
    expect(await events.headPosition()).toBe(headBefore);
    const notReady = await http.get('/health/ready').expect(503);
    expect(notReady.body.storage.problem.reason).toMatch(STORAGE_REASONS);

    rmSync(filler);
    const written = await http.post('/subjects').set(OFFICER).send(organisation(9999)).expect(201);
    expect(written.body.position).toBe(headBefore + 1);
    // The projections (on this thread, writing views.sqlite on the same disk) retry their failed batch with backoff.
    let ready = await http.get('/health/ready');
    for (let i = 0; i < 150 && ready.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ready = await http.get('/health/ready');
    }
    expect(ready.body).toMatchObject({ status: 'ready', storage: { status: 'ok' } });
    expect(await events.verify()).toMatchObject({ ok: true });
  }, 60_000);
});
