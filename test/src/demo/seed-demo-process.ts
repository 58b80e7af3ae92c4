/** The seeder as a real child process, for the demo's integration tests. */
import { spawn } from 'node:child_process';
import { DateTime } from 'luxon';
import { REPO_ROOT } from '../../support/child-process.js';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node --import tsx src/demo/seed-demo.ts` as a real child process on the given data directory. */
export function seedDemo(dataDir: string, args: readonly string[] = []): Promise<Run> {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/demo/seed-demo.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The summary's "Type  count" lines. */
export function countsOf(stdout: string): Record<string, number> {
  return Object.fromEntries(stdout.trim().split('\n').map((line) => line.trim().split(/\s+/)).map(([type, n]) => [type, Number(n)]));
}

/**
 * The date views are computed against the wall clock at query time, so the demo's today is the
 * real Shanghai date (passed as --today, as a reproducible run would).
 */
export const TODAY = DateTime.now().setZone('Asia/Shanghai').toISODate()!;
export const AT_TODAY = ['--today', TODAY];
