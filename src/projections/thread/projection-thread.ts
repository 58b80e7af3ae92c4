// The projection runner on its own thread: it opens its own connections to the log and the views
// and tells the HTTP thread where each projection stands after every batch.
import { parentPort, workerData } from 'node:worker_threads';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { domainEventSchemas } from '../../event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store.js';
import { systemClock } from '../../shared/clock.js';
import { createEventStore, createViewStore } from '../../storage/engines.js';
import { leaseOptionsFor } from '../lease-options.js';
import { ProjectionRunner } from '../projection-runner.js';
import type { FromThread, ThreadData, ToThread } from './messages.js';

const port = parentPort!;
/** The HTTP thread switches generation on a progress message: the old one stays this long after a swap. */
const DROP_GRACE_MS = 5000;
const { config } = workerData as ThreadData;
const post = (message: FromThread) => port.postMessage(message);

// This thread only reads the log: no writer thread of its own.
const events = await createEventStore({ ...config, sqliteWriterThread: false }, domainEventSchemas(), systemClock);
const views = await createViewStore(config);
const runner = new ProjectionRunner(events, views, ALL_PROJECTIONS, {
  batchSize: config.projectionBatchSize,
  lagCountLimit: config.readyMaxLag + 1,
  log: (message) => post({ type: 'log', message }),
  dropGraceMs: DROP_GRACE_MS,
  leases: leaseOptionsFor(config),
});

// Progress is sent at most once per turn of the event loop, however many batches committed in it.
let reportQueued = false;
runner.onProgress(() => {
  if (reportQueued) return;
  reportQueued = true;
  queueMicrotask(() => {
    reportQueued = false;
    post({ type: 'progress', slots: runner.snapshot() });
  });
});

port.on('message', (message: ToThread) => {
  switch (message.type) {
    case 'appended':
      if (events instanceof SqliteEventStore) events.wake();
      return;
    case 'rebuild':
      runner.rebuild(...message.names).then(
        () => post({ type: 'done', id: message.id, error: null }),
        (error: unknown) => post({ type: 'done', id: message.id, error: String(error) }),
      );
      return;
    case 'stop':
      void (async () => {
        await runner.stop();
        await views.close();
        await events.close();
        post({ type: 'stopped' });
        port.close();
      })();
      return;
  }
});

await runner.start();
post({ type: 'started', slots: runner.snapshot() });
