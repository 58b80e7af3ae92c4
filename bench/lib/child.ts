/**
 * A measurement in its own process, so memory and caches start clean: the child prints its result
 * as one JSON line prefixed with RESULT on stdout; its stderr is passed through.
 */
import { spawn } from 'node:child_process';

const PREFIX = 'RESULT ';

export function runChild<T>(script: URL, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script.pathname, ...args], { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(PREFIX));
      if (line) resolve(JSON.parse(line.slice(PREFIX.length)) as T);
      else reject(new Error(`${script.pathname} ${args.join(' ')} ended (${signal ?? code}) without a result`));
    });
  });
}

/** In the child: hand the result to the parent. */
export function sendResult(result: unknown): void {
  process.stdout.write(`${PREFIX}${JSON.stringify(result)}\n`);
}

/** Samples this process's RSS until stopped; `peak()` is the largest seen (bytes). */
export function rssSampler(everyMs = 100): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), everyMs);
  return { peak: () => Math.max(peak, process.memoryUsage().rss), stop: () => clearInterval(timer) };
}
