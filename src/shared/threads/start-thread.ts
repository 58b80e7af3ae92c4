import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on the module beside `callerUrl` named `entry` (without extension). From
 * the built service that is the compiled .js; under tsx or ts-jest it is the .ts source, which a
 * thread cannot load by itself: a small bootstrap registers tsx in the thread first.
 */
export function startThread(callerUrl: string, entry: string, workerData: object): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`${entry}.js`, callerUrl), { workerData });
  const tsEntry = new URL(`${entry}.ts`, callerUrl).href;
  return new Worker(new URL('./ts-bootstrap.mjs', import.meta.url), { workerData: { ...workerData, tsEntry } });
}
