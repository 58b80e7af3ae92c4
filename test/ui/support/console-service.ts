import BetterSqlite3 from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { PersonalRecord } from '../../../src/personal-data/personal-data.port.js';
import { TEST_JWT_SECRET } from '../../support/actors.js';
import { buildService, exited, runService, runTsToExit } from '../../support/child-process.js';
import { ensureConsoleBuilt } from '../../support/console-build.js';
import { tempDir } from '../../support/temp-dir.js';

/** The real service on the seeded demo, as a newcomer runs it (`npm run seed:demo && npm start`), for one browser suite. */
export interface ConsoleService {
  /** `http://127.0.0.1:<port>`: loopback, so the development sign-in is on. */
  readonly baseUrl: string;
  /** The demo's persons as the personal-data store holds them: what must never reach a public page (A28). */
  readonly persons: readonly PersonalRecord[];
  /** The Shanghai date the demo was seeded with as `--today`. */
  readonly today: string;
  stop(): Promise<void>;
}

/**
 * The service's clock is the wall clock (a child process has no test clock), so the demo is seeded
 * with today's Shanghai date: its recent cases (an overdue objection, reviews due soon) are recent on
 * the day the tests run. Expectations are read from the API's own answers, never from fixed dates.
 */
export function shanghaiToday(nowMs = Date.now()): string {
  return new Date(nowMs + 8 * 3_600_000).toISOString().slice(0, 10);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function readPersons(dataDir: string): PersonalRecord[] {
  const db = new BetterSqlite3(join(dataDir, 'personal-data.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT record FROM persons WHERE record IS NOT NULL').all() as { record: string }[]).map((row) => JSON.parse(row.record) as PersonalRecord);
  } finally {
    db.close();
  }
}

/** Polls /health/ready until every projection has caught up with the log (READY_MAX_LAG=0). */
async function waitReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(`${baseUrl}/health/ready`).then((response) => response.status === 200, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the service at ${baseUrl} was not ready within ${timeoutMs} ms`);
}

/** Seeds a temp DATA_DIR with the demo, builds the service and the console if needed, starts it and waits until it is ready. */
export async function startConsoleService(): Promise<ConsoleService> {
  const dir = tempDir('credit-ledger-ui-');
  const today = shanghaiToday();
  const seeded = await runTsToExit('src/demo/seed-demo.ts', ['--today', today], { DATA_DIR: dir.path, SQLITE_SYNCHRONOUS: 'NORMAL' });
  if (seeded.code !== 0) throw new Error(`seed:demo exited with ${seeded.code}: ${seeded.stderr}`);
  const persons = readPersons(dir.path);
  buildService();
  ensureConsoleBuilt();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = runService({ DATA_DIR: dir.path, PORT: String(port), HOST: '127.0.0.1', JWT_SECRET: TEST_JWT_SECRET, READY_MAX_LAG: '0', PUBLIC_RATE_LIMIT_PER_MINUTE: '100000', SQLITE_SYNCHRONOUS: 'NORMAL' });
  const ended = exited(child);
  try {
    await waitReady(baseUrl, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    const run = await ended;
    dir.remove();
    throw new Error(`${(error as Error).message}; stderr: ${run.stderr.slice(-2000)}`);
  }
  return {
    baseUrl,
    persons,
    today,
    stop: async () => {
      child.kill('SIGTERM');
      await ended;
      dir.remove();
    },
  };
}
