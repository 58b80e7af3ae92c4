import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { tempDir } from '../support/temp-dir.js';
import { eventStoreContract } from './event-store.contract.js';

for (const writerThread of [false, true]) {
  eventStoreContract(writerThread ? 'sqlite, writer thread' : 'sqlite', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'events.sqlite');
    return {
      gapFreePositions: true,
      open: async (schemas, clock) => new SqliteEventStore({ file, schemas, clock, pollMs: 20, writerThread }),
      // An attacker with file access: drop the immutability trigger and change one character.
      tamper: async (position) => {
        const db = new BetterSqlite3(file);
        db.exec('DROP TRIGGER events_are_immutable_update');
        const row = db.prepare('SELECT data FROM events WHERE position = ?').get(position) as { data: string };
        db.prepare('UPDATE events SET data = ? WHERE position = ?').run(row.data.replace('event', 'evant'), position);
        db.close();
      },
      dispose: async () => dir.remove(),
    };
  });
}
