import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { FollowedLedger } from '../../src/ledger/followed/followed-ledger.js';
import { LedgerFollower } from '../../src/ledger/followed/ledger-follower.js';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { ManualClock } from '../support/clocks.js';
import { tempDir } from '../support/temp-dir.js';
import { ledgerContract } from './ledger.contract.js';
import { ledgerTestSchemas, type LedgerHarness } from './ledger-contract-support.js';

const CLOCK_AT = '2026-12-07T02:00:00Z';

/** A fresh embedded log in a temp dir; `open` gives the ledger under test over it. */
function sqliteHarness(open: (store: SqliteEventStore, dir: string) => LedgerHarness['open']): () => Promise<LedgerHarness> {
  return async () => {
    const dir = tempDir('ledger-contract-');
    const store = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: ledgerTestSchemas(), clock: ManualClock.at(CLOCK_AT) });
    return {
      events: store,
      streamPrefix: 'thing',
      open: open(store, dir.path),
      dispose: async () => {
        await store.close();
        dir.remove();
      },
    };
  };
}

// (a) The embedded store's own tree, written in the append transaction.
ledgerContract('sqlite store\'s own tree', sqliteHarness((store) => async () => ({ ledger: store.ledger(), catchUp: async () => undefined, close: async () => undefined })));

// (b) The tree the service keeps by following the log (what it does on EventStoreDB), here over the
// SQLite event store and the SQLite view store; batches of 4 so a restart falls mid-log.
ledgerContract('followed: sqlite events + sqlite views', sqliteHarness((store, dir) => async () => {
  const views = new SqliteViewStore(join(dir, 'views.sqlite'));
  const follower = new LedgerFollower(store, views, 4);
  await follower.open();
  return {
    ledger: new FollowedLedger(store, views),
    catchUp: async () => void (await follower.catchUp()),
    followOneBatch: () => follower.step(),
    close: () => views.close(),
  };
}));
