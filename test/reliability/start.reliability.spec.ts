import { describe, it, expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import { REPO_ROOT } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

/** `npm start` (build + node) on an empty data directory, as a newcomer runs it. */
describe('npm start', () => {
  it('starts the service on an empty data directory and answers GET /health', async () => {
    const dir = tempDir();
    const port = 31000 + (process.pid % 1000);
    const started = Date.now();
    const child = spawn('npm', ['start'], { cwd: REPO_ROOT, env: { ...process.env, PORT: String(port), DATA_DIR: `${dir.path}/data` }, stdio: 'ignore', detached: true });
    let body: unknown = null;
    try {
      for (let i = 0; i < 600 && body === null; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        body = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.json()).catch(() => null);
      }
      console.log(`npm start answered /health after ${Date.now() - started} ms (build included)`);
      expect(body).toEqual({ status: 'ok' });
    } finally {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      dir.remove();
    }
  }, 200_000);
});
