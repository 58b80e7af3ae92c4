import { describe, it, expect } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { actor, TEST_JWT_SECRET } from '../support/actors.js';
import { buildService, runService, waitForOutput } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const housing = actor('department', 'officer-3', 'ks-housing');
const center = actor('center', 'center-clerk-1');
const BODY = { kind: 'person', identityNumber: '320583198004120173', fullName: '欧阳修' };

function startService(dataDir: string, port: number, crashAt?: string): ChildProcess {
  return runService({
    NODE_ENV: 'test', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', JWT_SECRET: TEST_JWT_SECRET,
    ...(crashAt ? { CREDIT_LEDGER_TEST_CRASH_AT: crashAt } : {}),
  });
}

const exited = (child: ChildProcess) => new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));

const post = (port: number, body: unknown) => fetch(`http://127.0.0.1:${port}/subjects`, {
  method: 'POST', headers: { ...housing, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
});

/** A4, A28: the real service killed (SIGKILL) between the personal-data write and the append, then restarted. */
describe('person registration survives a crash between its two stores', () => {
  it('A28: killed after the personal data is written and before the registration is appended, the restarted service registers the person on retry and serves the data', async () => {
    buildService();
    const dir = tempDir();
    const port = 33000 + (process.pid % 1000);
    const crashing = startService(dir.path, port, 'after-personal-data');
    const gone = exited(crashing);
    await waitForOutput(crashing, (out) => out.includes('listening on'), 60_000);
    await expect(post(port, BODY)).rejects.toThrow();
    expect(await gone).toBe('SIGKILL');

    const service = startService(dir.path, port);
    try {
      await waitForOutput(service, (out) => out.includes('listening on'), 60_000);
      const retried = await post(port, BODY);
      expect(retried.status).toBe(201);
      const { subjectId } = (await retried.json()) as { subjectId: string };
      const read = await fetch(`http://127.0.0.1:${port}/subjects/${subjectId}/personal-data`, { headers: { ...center, 'X-Purpose': encodeURIComponent('行政许可审查 昆住建许〔2026〕9号') } });
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ subjectId, fullName: '欧阳修', identityNumber: BODY.identityNumber });
      // The 201 above shows the crash left no registration; now there is exactly one.
      const again = await post(port, BODY);
      expect(again.status).toBe(422);
      expect(await again.json()).toMatchObject({ code: 'SUBJECT_ALREADY_REGISTERED' });
    } finally {
      service.kill('SIGKILL');
      await exited(service);
    }
    dir.remove();
  }, 180_000);
});
