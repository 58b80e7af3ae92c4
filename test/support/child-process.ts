import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm test` builds dist/ just before jest and says so with TEST_DIST_BUILT=1. */
const DIST_IS_FRESH = process.env.TEST_DIST_BUILT === '1';

/** This process's environment without jest's NODE_OPTIONS (`--experimental-vm-modules` is for jest, not the child), plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/**
 * How a child runs `file`: with tsx (`node --import tsx file`), as `npm run cli` and `npm run seed:demo`
 * do; or, for a file of src/ when dist/ is fresh, the build of it (the same code, without tsx
 * compiling it at each start).
 */
function commandFor(file: string): string[] {
  if (DIST_IS_FRESH && file.startsWith('src/')) return [join('dist', file.replace(/\.ts$/, '.js'))];
  return ['--import', 'tsx', file];
}

/** Runs a TypeScript file of the repository as a real child process (see `commandFor`); `env` is added to this process's environment. */
export function runTs(file: string, args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...commandFor(file), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv(env) });
}

/** How a child ended: its exit code (or the signal's name) and everything it wrote. */
export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Resolves with the exit code (or the signal's name) and everything the child wrote, once it has exited; rejects when it cannot start. */
export function exited(child: ChildProcess): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** `runTs` to the end: the CLI, the demo seeder and the other tools run as a user runs them. */
export function runTsToExit(file: string, args: readonly string[], env: Record<string, string> = {}): Promise<ChildRun> {
  return exited(runTs(file, args, env));
}

/** Resolves once `predicate` is true of the child's stdout so far. */
export function waitForOutput(child: ChildProcess, predicate: (output: string) => boolean, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for child output; stderr: ${errors}`)), timeoutMs);
    child.stderr!.on('data', (chunk) => (errors += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (predicate(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!predicate(output)) reject(new Error(`child exited with ${code} early; stderr: ${errors}`));
    });
  });
}

export function killHard(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    let rest = '';
    child.stdout!.on('data', (chunk) => (rest += chunk));
    child.on('exit', () => resolve(rest));
    child.kill('SIGKILL');
  });
}

export const REPO_ROOT = ROOT;

/**
 * Builds the service as `npm start` does (incremental tsc into dist/) and starts `node dist/src/main.js`
 * with `env`: the real service, decorator metadata and all (tsx does not emit it, so Swagger needs the build).
 * Nothing to do when `npm test` has just built it (TEST_DIST_BUILT=1).
 */
export function buildService(): void {
  if (DIST_IS_FRESH) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stdout}${result.stderr}`);
}

/** The built service (`node dist/src/main.js`, what `npm start` runs) as a child process; `env` is added to this process's environment. */
export function runService(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['dist/src/main.js'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv(env) });
}
