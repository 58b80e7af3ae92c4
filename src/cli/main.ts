/**
 * The operator CLI: `npm run cli -- <verb> ...`. Stores are opened directly on DATA_DIR (no Nest);
 * results go to stdout, progress and errors to stderr, and the exit code says how it went.
 */
import { DomainError } from '../../domain/kernel/domain-error.js';
import { HolidayFileError } from '../calendar/holiday-files.js';
import { loadConfig, type AppConfig } from '../config/app-config.js';
import { ConfigError } from '../config/config-error.js';
import { EventStoreError } from '../event-store/errors.js';
import { lockDataDir } from '../storage/data-dir-lock.js';
import { calendarLoad } from './calendar-load.js';
import { CliFailure, EXIT, UsageError } from './cli-errors.js';
import { processIo, type CliIo } from './cli-io.js';
import { exportSubject } from './export.js';
import { headsCheck } from './heads-check.js';
import { headsExport } from './heads-export.js';
import { migrate } from './migrate.js';
import { rebuild } from './rebuild.js';
import { replay } from './replay.js';
import { USAGE } from './usage.js';
import { verify } from './verify.js';

type Verb = (args: readonly string[], config: AppConfig, io: CliIo) => Promise<number>;

const VERBS: Readonly<Record<string, Verb>> = {
  rebuild,
  verify,
  replay,
  export: exportSubject,
  migrate,
  calendar: async (args, config, io) => {
    if (args[0] !== 'load') throw new UsageError(args[0] === undefined ? 'calendar: missing sub-command (load)' : `calendar: unknown sub-command "${args[0]}"`);
    return calendarLoad(args.slice(1), config, io);
  },
  heads: async (args, config, io) => {
    if (args[0] === 'export') return headsExport(args.slice(1), config, io);
    if (args[0] === 'check') return headsCheck(args.slice(1), config, io);
    throw new UsageError(args[0] === undefined ? 'heads: missing sub-command (export, check)' : `heads: unknown sub-command "${args[0]}"`);
  },
};

/** Verbs that write under DATA_DIR (views, the log it migrates from): one process at a time (src/storage/data-dir-lock.ts). */
const WRITES_DATA_DIR = new Set(['rebuild', 'migrate']);

async function runCli(argv: readonly string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [verbName, ...args] = argv;
  try {
    if (verbName === undefined) throw new UsageError('missing verb');
    if (['help', '--help', '-h'].includes(verbName)) {
      io.out(USAGE);
      return EXIT.ok;
    }
    const verb = VERBS[verbName];
    if (!verb) throw new UsageError(`unknown verb "${verbName}"`);
    const config = loadConfig(env);
    if (!WRITES_DATA_DIR.has(verbName)) return await verb(args, config, io);
    // A verb that writes the service's files refuses while the service (or another writer) holds DATA_DIR: exit 78 naming the holder.
    const lock = lockDataDir(config.dataDir, `npm run cli -- ${verbName}`);
    try {
      return await verb(args, config, io);
    } finally {
      lock.release();
    }
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`error: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (error instanceof ConfigError) {
    io.err(error.message);
    return EXIT.config;
  }
  // Typed errors already carry their code in the message or beside it.
  if (error instanceof CliFailure || error instanceof DomainError || error instanceof HolidayFileError) {
    io.err(error.message);
    return EXIT.failed;
  }
  if (error instanceof EventStoreError) {
    io.err(`${error.code}: ${error.message}`);
    return EXIT.failed;
  }
  io.err(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.failed;
}

// Exit through exitCode, not process.exit(): stdout (an export piped to a file) is flushed first.
process.exitCode = await runCli(process.argv.slice(2));
