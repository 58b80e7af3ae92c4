// Child process for the crash test: appends concurrently (group commit) and prints each
// acknowledged event id on stdout, until it is killed with SIGKILL.
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';

const file = process.argv[2]!;
const store = new SqliteEventStore({ file, schemas: new EventSchemaRegistry().register('ThingHappened') });
let n = 0;

async function writer(lane: number): Promise<never> {
  for (;;) {
    n += 1;
    const result = await store.append({
      stream: `thing-lane${lane}`,
      events: [{ type: 'ThingHappened', data: { n, lane } }],
      expected: 'any',
      metadata: { commandId: `c${n}`, correlationId: `c${n}`, causationId: null, actor: { kind: 'system', id: 'crash-test', department: null } },
    });
    process.stdout.write(`${result.events[0]!.eventId}\n`);
  }
}

for (let lane = 0; lane < 8; lane += 1) void writer(lane);
