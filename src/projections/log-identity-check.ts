import { ConfigError } from '../config/config-error.js';
import type { EventStore } from '../event-store/event-store.port.js';
import type { ViewStore } from '../view-store/view-store.port.js';

/** Where the views record the log they were built from. */
export const LOG_IDENTITY_META = 'log-identity';

/** The views were built from another log: applying this one's positions to them would double counts. */
export class ViewsFromAnotherLog extends ConfigError {
  constructor(readonly viewsLog: string, readonly thisLog: string) {
    super('VIEW_STORE', `the views were built from another event log (log id ${viewsLog}; this log is ${thisLog}): `
      + 'their checkpoints mean nothing here. Rebuild them: point the service at an empty view store '
      + '(delete DATA_DIR/views.sqlite, or drop the MongoDB database) and restart');
    this.name = 'ViewsFromAnotherLog';
  }
}

/**
 * Issue 14 item 5: the views carry the identity of the log they were built from; a mismatch at start
 * is refused. Views without one (made before this check) adopt the current log's: there is nothing
 * to compare them with.
 */
export async function checkLogIdentity(events: EventStore, views: ViewStore): Promise<void> {
  if (!events.logIdentity) return;
  const thisLog = await events.logIdentity();
  const recorded = (await views.readMeta(LOG_IDENTITY_META))?.logId;
  if (typeof recorded === 'string' && recorded !== thisLog) throw new ViewsFromAnotherLog(recorded, thisLog);
  if (recorded === undefined) await views.commit({ changes: [], meta: { [LOG_IDENTITY_META]: { logId: thisLog } } });
}
