// Child process for the crash test: runs a projection over a prepared log until killed.
import type { ProjectionDefinition } from '../../../projections/kernel/projection.js';
import { EventSchemaRegistry } from '../../../src/event-store/schema-registry.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { countingProjection } from './counting-projection.js';

const [events, views] = process.argv.slice(2);
const log = new SqliteEventStore({ file: events!, schemas: new EventSchemaRegistry().register('ThingHappened') });
// Slowed down so that the kill lands in the middle of the run.
const projection: ProjectionDefinition = {
  ...countingProjection,
  evolve: (doc, event, key) => {
    const until = performance.now() + 0.2;
    while (performance.now() < until);
    return countingProjection.evolve(doc, event, key);
  },
};
const runner = new ProjectionRunner(log, new SqliteViewStore(views!), [projection], { batchSize: 25 });
await runner.start();
process.stdout.write('started\n');
