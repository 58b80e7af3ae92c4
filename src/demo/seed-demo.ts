/**
 * `npm run seed:demo [-- --force]`: writes a realistic small data set into DATA_DIR (the files the
 * service uses) so that a newcomer sees every view populated. Every command goes through the
 * domain deciders. Progress on stderr, the summary (events by type) on stdout.
 * Exit codes: 0 done; 1 refused or failed; 2 bad arguments; 78 bad configuration.
 */
import { join } from 'node:path';
import { subjectDecider } from '../../domain/subject/decider.js';
import { loadCalendar } from '../cli/stores.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { domainEventSchemas } from '../event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import { Pseudonymizer } from '../personal-data/pseudonymizer.js';
import { SqlitePersonalDataStore } from '../personal-data/sqlite/sqlite-personal-data-store.js';
import { buildDemoPlan } from './build-demo-plan.js';
import { DemoFacts } from './demo-facts.js';
import { foreignEventCount, registerPilotDepartments } from './existing-data.js';
import { runPlan } from './run-plan.js';
import { countEventsByType, formatCounts } from './summary.js';

const USAGE = 'usage: npm run seed:demo [-- --force]   (DATA_DIR selects the data directory)';
/** When the demo's pilots are registered if the service has not done it yet (A13). */
const PILOTS_REGISTERED_AT = '2025-01-02T08:30:00+08:00';

async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--force');
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown[0]}\n${USAGE}\n`);
    return 2;
  }
  const force = args.includes('--force');
  const config = loadConfig();
  const store = new SqliteEventStore({ file: join(config.dataDir, 'events.sqlite'), schemas: domainEventSchemas(), synchronous: config.sqliteSynchronous });
  const personalData = new SqlitePersonalDataStore(join(config.dataDir, 'personal-data.sqlite'));
  try {
    const foreign = await foreignEventCount(store);
    if (foreign > 0 && !force) {
      process.stderr.write(`DEMO_REFUSED: ${config.dataDir} already holds events besides the A13 pilot registrations; use --force to add the demo anyway\n`);
      return 1;
    }
    const pilots = await registerPilotDepartments(store, PILOTS_REGISTERED_AT);
    if (pilots > 0) process.stderr.write(`registered ${pilots} A13 pilot departments\n`);
    const steps = buildDemoPlan({
      calendar: loadCalendar(config),
      loanThresholdFen: config.loanCheckThresholdFen,
      pseudonyms: Pseudonymizer.fromConfig(join(config.dataDir, 'keys', 'pseudonym.key'), config.pseudonymKeyHex),
      personalData,
    });
    const decider = subjectDecider({
      calendar: loadCalendar(config),
      policy: { loanCheckThresholdFen: config.loanCheckThresholdFen, countReportsOfMisconductAgencies: config.countReportsOfMisconductAgencies },
    });
    process.stderr.write(`seeding ${steps.length} demo commands into ${config.dataDir}\n`);
    const outcome = await runPlan(store, decider, new DemoFacts(store), steps, (done, total) => {
      if (done % 500 === 0 || done === total) process.stderr.write(`  ${done}/${total} commands\n`);
    });
    process.stderr.write(`done: ${outcome.written} events written, ${outcome.replayed} commands already in the log\n`);
    process.stdout.write(`${formatCounts(await countEventsByType(store))}\n`);
    return 0;
  } finally {
    await store.close();
    await personalData.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 78;
      return;
    }
    process.stderr.write(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
