/**
 * Writes a city: institutions through the service's command path, then every subject decided in
 * memory through the real subject decider (by worker threads, each a share of the indices), the
 * whole log imported in business-time order with the store's importEvents (hash chains, recordedAt
 * and recorded_at_ms exactly as append makes them), persons' fields into the personal-data store.
 * Deterministic given the options, whatever the number of workers. Written into `<dir>.partial`
 * and renamed at the end: a city directory is whole or absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadCalendar } from '../../src/calendar/load-calendar.js';
import { loadConfig } from '../../src/config/app-config.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ACTIVE_DEPARTMENTS } from '../../src/demo/plan-institutions.js';
import { parseInstantMs } from '../../src/shared/clock.js';
import { ProgressBar } from '../../src/shared/progress-bar.js';
import { writeInstitutions } from './city-institutions.js';
import { CITY_GENERATOR, type CityManifest, writeManifest } from './city-manifest.js';
import { PersonalDataWriter } from './personal-data-writer.js';
import type { Share, ShareReport } from './subject-maker.js';
import { SpillWriter, mergedBatches } from './time-ordered-spill.js';

export interface CityOptions {
  readonly dir: string;
  readonly subjects: number;
  readonly seed: number;
  readonly today: string;
  /** Long-lived enterprises, each with `longEvents` events. */
  readonly long: number;
  readonly longEvents: number;
  readonly workers: number;
}

const IMPORT_BATCH = 20_000;

export async function generateCity(options: CityOptions): Promise<CityManifest> {
  const started = performance.now();
  const partial = `${options.dir}.partial`;
  if (existsSync(partial)) {
    process.stderr.write(`an interrupted generation left ${partial}: starting over\n`);
    rmSync(partial, { recursive: true, force: true });
  }
  mkdirSync(join(partial, 'keys'), { recursive: true });
  // A key fixed by the seed, so persons' pseudonymous ids are the same in every city made from it.
  writeFileSync(join(partial, 'keys', 'pseudonym.key'), createHash('sha256').update(`credit-ledger city ${options.seed}`).digest('hex'), { mode: 0o600 });
  const config = loadConfig({ ...process.env, DATA_DIR: partial });
  const scratch = join(partial, '.scratch');
  const spillDir = join(scratch, 'spill');

  process.stderr.write('institutions (pilots, merger, rules, agencies) through the command path\n');
  const institutions = await writeInstitutions({ scratchDir: scratch, seed: options.seed, today: options.today, calendar: loadCalendar(config), loanThresholdFen: config.loanCheckThresholdFen });
  const institutionSpill = new SpillWriter(spillDir, 'institutions');
  for (const event of institutions.events) institutionSpill.add(event, parseInstantMs(event.metadata.recordedAt)!, -1);
  institutionSpill.close();

  const personal = new PersonalDataWriter(join(partial, 'personal-data.sqlite'));
  const totals = { done: 0, events: institutions.events.length, organisations: 0, spilledBytes: 0 };
  const samples: Array<readonly [number, string]> = [];
  const longSubjects: string[] = [];
  const byType = new Map<string, number>();
  const refusals = new Map<string, number>();
  for (const event of institutions.events) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
  // Off a terminal (the bench's logs) a line every 2 s; on one, redrawn in place.
  const progress = new ProgressBar(process.stderr, '  subjects decided', { unit: 'subjects', lineEveryMs: 2000 });
  const eventsSoFar = () => `${totals.events.toLocaleString('en-US')} events`;
  progress.update(0, options.subjects, eventsSoFar());
  const onReport = (report: ShareReport) => {
    totals.done += report.done;
    totals.events += report.events;
    totals.organisations += report.organisations;
    report.personal.forEach((record) => personal.add(record));
    samples.push(...report.samples);
    longSubjects.push(...report.longSubjects);
    if (report.final) {
      totals.spilledBytes += report.final.spilledBytes;
      for (const [type, n] of Object.entries(report.final.byType)) byType.set(type, (byType.get(type) ?? 0) + n);
      for (const [code, n] of Object.entries(report.final.refusals)) refusals.set(code, (refusals.get(code) ?? 0) + n);
    }
    progress.update(totals.done, options.subjects, eventsSoFar());
  };
  const shares = Array.from({ length: options.workers }, (_, worker): Share => ({
    dataDir: partial, spillDir, worker, workers: options.workers, subjects: options.subjects, seed: options.seed, today: options.today,
    long: options.long, longEvents: options.longEvents, agencies: institutions.agencies, institutionEvents: institutions.events,
  }));
  await Promise.all(shares.map((share) => runWorker(share, onReport)));
  progress.finish(totals.done, options.subjects, eventsSoFar());
  await personal.close();

  process.stderr.write(`importing ${totals.events.toLocaleString('en-US')} events in business-time order (spilled ${(totals.spilledBytes / 1e9).toFixed(2)} GB)\n`);
  const store = new SqliteEventStore({ file: join(partial, 'events.sqlite'), schemas: domainEventSchemas(), synchronous: 'NORMAL' });
  const importing = new ProgressBar(process.stderr, '  events imported', { lineEveryMs: 2000 });
  let imported = 0;
  importing.update(0, totals.events);
  for (const batch of mergedBatches(spillDir, IMPORT_BATCH)) {
    await store.importEvents(batch);
    imported += batch.length;
    importing.update(imported, totals.events);
  }
  importing.finish(imported, totals.events);
  await store.close();
  if (imported !== totals.events) throw new Error(`imported ${imported} events of ${totals.events}`);
  rmSync(scratch, { recursive: true, force: true });

  const manifest: CityManifest = {
    generator: CITY_GENERATOR, subjects: options.subjects, seed: options.seed, today: options.today, long: options.long, longEvents: options.longEvents,
    events: totals.events, organisations: totals.organisations, persons: options.subjects - totals.organisations,
    eventsByType: Object.fromEntries([...byType.entries()].sort(([a], [b]) => a.localeCompare(b))),
    refusals: Object.fromEntries(refusals),
    sampleSubjects: samples.sort(([a], [b]) => a - b).map(([, id]) => id),
    longSubjects: longSubjects.sort(),
    departments: ACTIVE_DEPARTMENTS, agencies: institutions.agencies.map((a) => a.agencyId),
    generatedSeconds: Math.round((performance.now() - started) / 100) / 10,
    eventsFileBytes: statSync(join(partial, 'events.sqlite')).size,
  };
  writeManifest(partial, manifest);
  renameSync(partial, options.dir);
  return manifest;
}

function runWorker(share: Share, onReport: (report: ShareReport) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./city-worker.js', import.meta.url), { workerData: share });
    worker.on('message', onReport);
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`city worker ${share.worker} exited with ${code}`))));
  });
}
