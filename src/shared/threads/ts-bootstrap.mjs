// Development only (tsx, ts-jest): a worker thread cannot start from a .ts file by itself, so it
// starts here, registers tsx for this thread, and imports the TypeScript entry it was given.
// The built service (dist/) starts its worker from the compiled .js entry and never loads this.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
