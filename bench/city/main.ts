/**
 * `npm run bench:city -- --subjects N [--dir DIR] [--seed S] [--long K] [--long-events E] [--today YYYY-MM-DD]`
 * writes a city data directory (events.sqlite, personal-data.sqlite, keys/, city.json) for the
 * bench and for the service (`DATA_DIR=DIR npm start`). Progress on stderr, the summary on stdout.
 * Refuses a non-empty DIR; an interrupted run (DIR.partial) is started over.
 * Exit codes: 0 written; 1 refused or failed; 2 bad arguments.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { invalidToday } from '../../src/demo/demo-time.js';
import { DEMO_SEED } from '../../src/demo/prng.js';
import { systemClock } from '../../src/shared/clock.js';
import { shanghaiToday } from '../../src/shared/shanghai-today.js';
import { Args } from '../lib/args.js';
import { formatBytes, formatDuration } from '../lib/progress.js';
import { describeEstimate, estimateCity, freeBytes } from './city-estimate.js';
import { cityDirName } from './city-manifest.js';
import { generateCity, type CityOptions } from './generate-city.js';

const USAGE = 'usage: npm run bench:city -- --subjects N [--dir DIR (default bench/.cities/N-longKxE)] [--seed S] [--long K] [--long-events E (default 10000)] [--today YYYY-MM-DD (default: today in Shanghai)] [--workers W (default: the cores)]';
const KNOWN = ['subjects', 'dir', 'seed', 'long', 'long-events', 'today', 'workers'];

export function cityOptionsFrom(argv: readonly string[]): CityOptions {
  const args = new Args(argv, USAGE);
  const unknown = args.unknown(KNOWN);
  if (unknown.length > 0) args.fail(`unknown option --${unknown[0]}`);
  if (args.string('subjects') === undefined) args.fail('--subjects is required');
  const subjects = args.int('subjects', 0, 1);
  const long = args.int('long', 0);
  const longEvents = args.int('long-events', 10_000, 2);
  const seed = args.string('seed') === undefined ? undefined : args.int('seed', 0);
  const today = args.string('today') ?? shanghaiToday(systemClock);
  const invalid = invalidToday(today);
  if (invalid !== null) args.fail(`--today: ${invalid}`);
  return {
    dir: resolve(args.string('dir') ?? join('bench', '.cities', cityDirName(subjects, long, longEvents, seed))),
    subjects, long, today, longEvents,
    seed: seed ?? DEMO_SEED,
    workers: args.int('workers', availableParallelism(), 1),
  };
}

/** Refuses what cannot be written: a non-empty directory, too little disk. Null when it can go ahead. */
export function refusal(options: CityOptions): string | null {
  if (existsSync(options.dir) && readdirSync(options.dir).length > 0) return `CITY_REFUSED: ${options.dir} is not empty (remove it, or pick another --dir)`;
  const parent = dirname(options.dir);
  mkdirSync(parent, { recursive: true });
  const estimate = estimateCity(options.subjects, options.long, options.longEvents);
  const free = freeBytes(parent);
  if (free < estimate.peakBytes * 1.2) return `CITY_REFUSED: ${formatBytes(free)} free under ${parent}, the city needs ≈ ${formatBytes(estimate.peakBytes)} while it is written`;
  return null;
}

async function main(): Promise<number> {
  const options = cityOptionsFrom(process.argv.slice(2));
  const refused = refusal(options);
  if (refused) {
    process.stderr.write(`${refused}\n`);
    return 1;
  }
  process.stderr.write(`city of ${options.subjects.toLocaleString('en-US')} subjects (+${options.long} long-lived of ${options.longEvents} events), seed ${options.seed}, today ${options.today} → ${options.dir}\n`);
  process.stderr.write(`estimate: ${describeEstimate(estimateCity(options.subjects, options.long, options.longEvents))}\n`);
  const manifest = await generateCity(options);
  const perSubject = (manifest.events - manifest.long * manifest.longEvents) / manifest.subjects;
  process.stdout.write([
    `city ${options.dir}`,
    `  ${manifest.subjects.toLocaleString('en-US')} subjects (${manifest.organisations.toLocaleString('en-US')} organisations, ${manifest.persons.toLocaleString('en-US')} persons) + ${manifest.long} long-lived`,
    `  ${manifest.events.toLocaleString('en-US')} events (${perSubject.toFixed(1)} per ordinary subject), events.sqlite ${formatBytes(manifest.eventsFileBytes)} (${Math.round(manifest.eventsFileBytes / manifest.events)} B/event)`,
    `  written in ${formatDuration(manifest.generatedSeconds)} (${Math.round(manifest.events / manifest.generatedSeconds).toLocaleString('en-US')} events/s)`,
    `  refused commands: ${Object.keys(manifest.refusals).length === 0 ? 'none' : JSON.stringify(manifest.refusals)}`,
    ...Object.entries(manifest.eventsByType).map(([type, n]) => `    ${type.padEnd(28)} ${String(n).padStart(10)}`),
  ].join('\n') + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => (process.exitCode = code), (error: unknown) => {
    process.stderr.write(`bench:city failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
