import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_JWT_SECRET, actor } from '../support/actors.js';
import { REPO_ROOT, exited } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir();
const dataDir = `${dir.path}/data`;
const port = 31000 + (process.pid % 1000);
let npm: ChildProcess;
let result: ReturnType<typeof exited>;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const health = () => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json()).catch(() => null);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `npm start` (build + exec node) on an empty data directory, as a newcomer runs it, then stopped as an operator does. */
describe('npm start', () => {
  beforeAll(() => {
    npm = spawn('npm', ['start'], { cwd: REPO_ROOT, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    result = exited(npm);
  });
  afterAll(() => {
    try {
      process.kill(-npm.pid!, 'SIGKILL'); // whatever a failed test left running
    } catch {
      // already gone
    }
    dir.remove();
  });

  it('starts the service on an empty data directory and answers GET /health', async () => {
    const started = Date.now();
    let body: unknown = null;
    for (let i = 0; i < 600 && body === null; i += 1) {
      await pause(250);
      body = await health();
    }
    console.log(`npm start answered /health after ${Date.now() - started} ms (build included)`);
    expect(body).toEqual({ status: 'ok' });
  }, 200_000);

  it('on SIGTERM to npm: node gets it, finishes the request in flight, logs one line, exits 0 and leaves nothing listening (issue 10)', async () => {
    const nodePid = Number(/^pid (\d+)/.exec(readFileSync(join(dataDir, 'service.lock.holder'), 'utf8'))![1]);
    const body = JSON.stringify({ kind: 'organisation', uscc: '91320583722291823U', name: '昆山示例精密机械有限公司' });
    // A request in flight: its headers are in (the server answered 100 Continue), its body not yet sent.
    const inFlight: ClientRequest = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/subjects',
      headers: { ...actor('department', 'officer-7', 'ks-drc'), 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Expect: '100-continue' } });
    const answered = new Promise<IncomingMessage>((resolve) => inFlight.on('response', resolve));
    await new Promise((resolve) => inFlight.on('continue', resolve));

    process.kill(npm.pid!, 'SIGTERM');
    // The server stops accepting: new connections are refused while the request above is still open.
    while ((await health()) !== null) await pause(50);
    inFlight.end(body);
    const response = await answered;
    expect(response.statusCode).toBe(201);

    const { code, stdout } = await result;
    expect(code).toBe(0);
    expect(stdout.match(/credit-ledger stopped/g)).toHaveLength(1);
    expect(stdout).toMatch(/credit-ledger stopped on SIGTERM: drained 1 request, projections at position \d+/);
    expect(alive(nodePid)).toBe(false);
    expect(await health()).toBeNull();
  }, 60_000);
});
