import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { ProjectionHost } from '../projections/projection-host.js';
import { RequestTracker } from './request-tracker.js';

/** In-flight requests get this long to finish after SIGTERM; less than Docker's default 10 s grace before SIGKILL. */
export const DRAIN_TIMEOUT_MS = 8_000;

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish (bounded by
 * DRAIN_TIMEOUT_MS), stop the projections at their checkpoint, close the stores, log one line and
 * exit 0. A second signal while that runs exits at once (code 1).
 */
export function stopOnSignals(app: INestApplication, onStopped: (line: string) => void, release: () => void): void {
  const server = app.getHttpServer() as Server;
  const requests = new RequestTracker(server);
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      process.stderr.write(`credit-ledger: ${signal} again while stopping: exiting now\n`);
      process.exit(1);
    }
    stopping = true;
    server.close();
    server.closeIdleConnections();
    const drained = await requests.drain(DRAIN_TIMEOUT_MS);
    server.closeAllConnections();
    const projections = app.get(ProjectionHost);
    await projections.stop();
    const checkpoints = (await projections.status()).map((p) => p.checkpoint);
    await app.close();
    release();
    const position = checkpoints.length === 0 ? 0 : Math.min(...checkpoints);
    const unfinished = drained ? '' : ` (gave up waiting after ${DRAIN_TIMEOUT_MS} ms)`;
    onStopped(`credit-ledger stopped on ${signal}: drained ${requests.drained} request${requests.drained === 1 ? '' : 's'}${unfinished}, projections at position ${position}`);
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (s: NodeJS.Signals) => void stop(s));
}
