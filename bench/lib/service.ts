/**
 * The real service as a child process (`node dist/src/main.js`) on a data directory, the way an
 * operator runs it: started, waited for (liveness, then every projection caught up), addressed
 * with development tokens signed by its own secret, and stopped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { resolveJwtSecret } from '../../src/auth/jwt-secret.js';
import { mintDevToken, type DevTokenRequest } from '../../src/auth/mint-token.js';
import { loadConfig } from '../../src/config/app-config.js';
import { send } from './http-load.js';
import { sleep } from '../../src/shared/sleep.js';

export const MAIN = new URL('../../src/main.js', import.meta.url);
/** The public limit lifted for the bench (the configuration's maximum): /health is the baseline. */
export const BENCH_RATE_LIMIT = '1000000';

export interface RunningService {
  readonly base: string;
  readonly process: ChildProcess;
  token(request: DevTokenRequest): Promise<string>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the service and waits for `/health`. Another process may take the free port between our
 * look and the service's listen (other test suites run here too): then it is tried again on another.
 */
export async function startService(dataDir: string, options: { logFile: string; env?: NodeJS.ProcessEnv }): Promise<RunningService> {
  let lastError: Error | null = null;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await startOnce(dataDir, options);
    } catch (error) {
      lastError = error as Error;
      process.stderr.write(`  the service did not start (attempt ${attempt}): ${lastError.message}\n`);
    }
  }
  throw lastError!;
}

async function startOnce(dataDir: string, options: { logFile: string; env?: NodeJS.ProcessEnv }): Promise<RunningService> {
  const port = await freePort();
  const env = { ...process.env, ...options.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_RATE_LIMIT_PER_MINUTE: BENCH_RATE_LIMIT };
  const log = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [MAIN.pathname], { env, stdio: ['ignore', log, log] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    // Our service's liveness answer, not another process's on the same port.
    const alive = await send(base, { path: '/health' }, undefined, 2000).then((a) => a.status === 200 && a.body.includes('"ok"'), () => false);
    if (alive) break;
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before answering (see ${options.logFile})`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the service did not answer /health on port ${port} within 120 s (see ${options.logFile})`);
    }
    await sleep(200);
  }
  const config = loadConfig(env);
  const secret = resolveJwtSecret(config.auth, dataDir);
  return { base, process: child, token: (request) => mintDevToken(secret, request), stop };
}

interface ReadyBody {
  readonly log?: { readonly head?: number };
  readonly projections?: ReadonlyArray<{ readonly name: string; readonly checkpoint: number; readonly lag: number; readonly rebuild: unknown }>;
}

/**
 * Polls `/health/ready` until every projection has applied the whole log (lag 0, no rebuild under
 * way), printing progress; false after `timeoutMs`.
 */
export async function waitCaughtUp(base: string, timeoutMs: number, label: string): Promise<boolean> {
  const started = Date.now();
  let lastPrint = 0;
  for (;;) {
    const answer = await send(base, { path: '/health/ready' }, undefined, 30_000).catch(() => null);
    if (answer) {
      const body = JSON.parse(answer.body) as ReadyBody;
      const projections = body.projections ?? [];
      const behind = projections.filter((p) => p.lag > 0 || p.rebuild);
      if (answer.status === 200 && behind.length === 0) return true;
      if (Date.now() - lastPrint > 10_000) {
        lastPrint = Date.now();
        const slowest = Math.min(...projections.map((p) => p.checkpoint));
        process.stderr.write(`  ${label}: projections at ${slowest.toLocaleString('en-US')}/${(body.log?.head ?? 0).toLocaleString('en-US')} after ${Math.round((Date.now() - started) / 1000)} s\n`);
      }
    }
    if (Date.now() - started > timeoutMs) return false;
    await sleep(1000);
  }
}


export const serviceLog = (workDir: string, name: string) => join(workDir, `${name}.log`);
