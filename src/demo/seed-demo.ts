/**
 * `npm run seed:demo [-- --force] [-- --today YYYY-MM-DD]`: writes a realistic small data set into
 * DATA_DIR (the files the service uses) so that a newcomer sees every view populated. Every command
 * goes through the domain deciders, and each event is recorded at the business time of its command.
 * "Today" is the real Shanghai date, read once here (or `--today` for a reproducible run): recent
 * cases are placed relative to it. Progress on stderr, the summary (events by type) on stdout.
 * Exit codes: 0 done; 1 refused or failed; 2 bad arguments; 78 bad configuration.
 */
import { join } from 'node:path';
import { subjectDecider } from '../../domain/subject/decider.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { loadConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config-error.js';
import { subjectPolicyOf } from '../config/subject-policy.js';
import { lockDataDir } from '../storage/data-dir-lock.js';
import { prepareDataDir } from '../storage/data-dir.js';
import { domainEventSchemas } from '../event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store.js';
import { Pseudonymizer } from '../personal-data/pseudonymizer.js';
import { parseInstantMs, systemClock } from '../shared/clock.js';
import { ProgressBar } from '../shared/progress-bar.js';
import { shanghaiToday } from '../shared/shanghai-today.js';
import { SqlitePersonalDataStore } from '../personal-data/sqlite/sqlite-personal-data-store.js';
import { buildDemoPlan } from './build-demo-plan.js';
import { BusinessClock } from './business-clock.js';
import { storeFacts } from './demo-facts.js';
import { invalidToday } from './demo-time.js';
import { registerPilotDepartments } from '../departments/register-pilot-departments.js';
import { foreignEventCount } from './existing-data.js';
import { runPlan } from './run-plan.js';
import { countEventsByType, formatCounts } from './summary.js';

const USAGE = 'usage: npm run seed:demo [-- --force] [--today YYYY-MM-DD]   (DATA_DIR selects the data directory)';
/** When the demo's pilots are registered if the service has not done it yet (A13). */
const PILOTS_REGISTERED_AT = '2025-01-02T08:30:00+08:00';

interface Options {
  readonly force: boolean;
  readonly today: string;
}

/** The options, or the message for a bad command line. Today defaults to the real Shanghai date, read once. */
function parseArgs(args: readonly string[]): Options | string {
  let force = false;
  let today: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--today' && today === null && args[i + 1] !== undefined) today = args[++i]!;
    else if (arg.startsWith('--today=') && today === null) today = arg.slice('--today='.length);
    else return `unknown or repeated argument ${arg}`;
  }
  today ??= shanghaiToday(systemClock);
  const invalid = invalidToday(today);
  return invalid === null ? { force, today } : `--today: ${invalid}`;
}

/** recordedAt never goes backwards: after events written at a later time (e.g. pilots the service registered at its first start), the demo's events all carry that time and ?asOf= cannot travel through the story. */
async function warnIfRecordedLater(store: SqliteEventStore, firstStep: string | undefined): Promise<void> {
  const head = await store.headPosition();
  const latest = head > 0 ? (await store.readAll(head - 1, 1))[0]?.metadata.recordedAt : undefined;
  if (firstStep !== undefined && latest !== undefined && parseInstantMs(latest)! > parseInstantMs(firstStep)!)
    process.stderr.write(`warning: the log already holds events recorded at ${latest}; the demo's events will carry that time, not their business time (seed an empty directory for time travel)\n`);
}

async function main(args: readonly string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  const { force, today } = options;
  const config = loadConfig();
  // Not while the service (or another writer) holds DATA_DIR: exit 78 naming the holder.
  prepareDataDir(config.dataDir);
  const lock = lockDataDir(config.dataDir, 'npm run seed:demo');
  // recordedAt follows the business time of each step (the store keeps it monotonic).
  const clock = new BusinessClock(PILOTS_REGISTERED_AT);
  const store = new SqliteEventStore({ file: join(config.dataDir, 'events.sqlite'), schemas: domainEventSchemas(), synchronous: config.sqliteSynchronous, clock });
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
      today,
      calendar: loadCalendar(config),
      loanThresholdFen: config.loanCheckThresholdFen,
      pseudonyms: Pseudonymizer.fromConfig(join(config.dataDir, 'keys', 'pseudonym.key'), config.pseudonymKeyHex),
      personalData,
    });
    const decider = subjectDecider({
      calendar: loadCalendar(config),
      policy: subjectPolicyOf(config),
    });
    if (foreign === 0) await warnIfRecordedLater(store, steps[0]?.now);
    process.stderr.write(`seeding ${steps.length} demo commands up to ${today} into ${config.dataDir}\n`);
    const bar = new ProgressBar(process.stderr, '  seed:demo', { unit: 'commands' });
    bar.update(0, steps.length);
    const outcome = await runPlan({ store, subjects: decider, facts: storeFacts(store), clock, today }, steps, (done, total) => bar.update(done, total));
    bar.finish(steps.length, steps.length);
    process.stderr.write(`done: ${outcome.written} events written, ${outcome.replayed} commands already in the log\n`);
    process.stdout.write(`${formatCounts(await countEventsByType(store))}\n`);
    return 0;
  } finally {
    await store.close();
    await personalData.close();
    lock.release();
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
