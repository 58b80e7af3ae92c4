import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { metaKey, physicalCollection, type ProjectionGenerations } from '../../src/projections/generations.js';
import type { JsonObject } from '../../src/shared/json.js';
import type { ViewStore } from '../../src/view-store/view-store.port.js';
import { TEST_JWT_SECRET } from './actors.js';
import { exited, runService, waitForOutput } from './child-process.js';

/** A port nobody listens on now (the OS picks it; the service then binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** One real service process (`node dist/src/main.js`) of several on one DATA_DIR (INSTANCES=shared). */
export interface Instance {
  readonly id: string;
  readonly url: string;
  readonly child: ChildProcess;
  readonly ended: ReturnType<typeof exited>;
}

export async function startInstance(id: string, dataDir: string, env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const child = runService({
    DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', INSTANCES: 'shared', INSTANCE_ID: id, JWT_SECRET: TEST_JWT_SECRET,
    LOG_FORMAT: 'json', NODE_ENV: 'test', ...env,
  });
  const ended = exited(child);
  await waitForOutput(child, (output) => output.includes('listening on'), 60_000);
  return { id, url: `http://127.0.0.1:${port}`, child, ended };
}

/** SIGTERM and the end of the process (graceful: it releases its leases). */
export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGTERM');
  await instance.ended;
}

export async function call(instance: Instance, method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: JsonObject }> {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as JsonObject) : {} };
}

/** Every document of every projection's serving generation, as stored (`_position` included), by projection, collection and id. */
export async function viewsSnapshot(views: ViewStore): Promise<Record<string, Record<string, JsonObject>>> {
  const snapshot: Record<string, Record<string, JsonObject>> = {};
  for (const projection of ALL_PROJECTIONS) {
    const { generation } = (await views.readMeta(metaKey(projection.name))) as ProjectionGenerations;
    for (const collection of projection.collections) {
      const docs: Record<string, JsonObject> = {};
      let cursor: string | null = null;
      do {
        const page = await views.find(physicalCollection(collection.name, generation), { limit: 1000, cursor });
        for (const doc of page.items) docs[JSON.stringify(doc)] = doc;
        cursor = page.nextCursor;
      } while (cursor);
      snapshot[`${projection.name}/${collection.name}`] = docs;
    }
  }
  return snapshot;
}
