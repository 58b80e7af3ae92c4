/**
 * Runs the bench for a list of city sizes: makes (or reuses) each city, runs the measurement
 * groups on it, then the groups that do not depend on a city, and returns the report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { systemClock } from '../src/shared/clock.js';
import { shanghaiToday } from '../src/shared/shanghai-today.js';
import { CITY_GENERATOR, type CityManifest, cityDirName, readManifest } from './city/city-manifest.js';
import { describeEstimate, estimateCity } from './city/city-estimate.js';
import { appends } from './groups/appends.js';
import { catchUp } from './groups/catch-up.js';
import { consolePages } from './groups/console.js';
import type { BenchSettings, GroupContext } from './groups/context.js';
import { http } from './groups/http.js';
import { ledger } from './groups/ledger.js';
import { longStream } from './groups/long-stream.js';
import { peer } from './groups/peer.js';
import { describeMachine } from './lib/machine.js';
import { formatBytes, formatDuration } from './lib/progress.js';
import type { CitySection, Report } from './lib/report-file.js';
import type { GroupResult } from './lib/results.js';

// The ledger before the HTTP groups: they start on its copy of the log, whose tree it has caught up.
export const CITY_GROUPS = ['catch-up', 'ledger', 'http', 'long'] as const;
export const STANDALONE_GROUPS = ['appends', 'peer', 'console'] as const;
export type GroupName = (typeof CITY_GROUPS)[number] | (typeof STANDALONE_GROUPS)[number];
export const ALL_GROUPS: readonly GroupName[] = [...CITY_GROUPS, ...STANDALONE_GROUPS];

export interface BenchPlan {
  readonly subjects: readonly number[];
  readonly citiesDir: string;
  readonly workRoot: string;
  readonly long: number;
  readonly longEvents: number;
  readonly seed?: number;
  readonly groups: readonly GroupName[];
  readonly settings: BenchSettings;
  readonly keepWork: boolean;
  readonly command: string;
}

const CITY_MAIN = new URL('./city/main.js', import.meta.url).pathname;
const STALE_DAYS = 7;

/** The cached city of this size, made again when missing, made by another generator, or older than a week (its "today"). */
export function ensureCity(plan: BenchPlan, subjects: number): { dir: string; manifest: CityManifest } {
  const dir = join(plan.citiesDir, cityDirName(subjects, plan.long, plan.longEvents, plan.seed));
  const manifest = readManifest(dir);
  const stale = manifest && (manifest.generator !== CITY_GENERATOR || DateTime.fromISO(shanghaiToday(systemClock)).diff(DateTime.fromISO(manifest.today), 'days').days > STALE_DAYS);
  if (manifest && !stale) return { dir, manifest };
  if (stale) process.stderr.write(`the city in ${dir} is stale (generator ${manifest.generator}, today ${manifest.today}): making it again\n`);
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`making a city of ${subjects.toLocaleString('en-US')} subjects in ${dir}: ${describeEstimate(estimateCity(subjects, plan.long, plan.longEvents))}\n`);
  const args = ['--subjects', String(subjects), '--dir', dir, '--long', String(plan.long), '--long-events', String(plan.longEvents), ...(plan.seed === undefined ? [] : ['--seed', String(plan.seed)])];
  const result = spawnSync(process.execPath, [CITY_MAIN, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  const made = readManifest(dir);
  if (result.status !== 0 || !made) throw new Error(`bench:city ${args.join(' ')} failed (${result.status ?? result.signal})`);
  return { dir, manifest: made };
}

const CITY_RUNNERS: Record<(typeof CITY_GROUPS)[number], (ctx: GroupContext) => Promise<GroupResult>> = { 'catch-up': catchUp, ledger, http, long: longStream };
const STANDALONE_RUNNERS: Record<(typeof STANDALONE_GROUPS)[number], (ctx: GroupContext) => Promise<GroupResult>> = { appends, peer, console: consolePages };

/** A group that throws is a problem of the report, never the end of the bench. */
async function guarded(name: string, run: () => Promise<GroupResult>): Promise<GroupResult> {
  const started = performance.now();
  process.stderr.write(`${name}…\n`);
  try {
    const result = await run();
    process.stderr.write(`${name}: done in ${formatDuration((performance.now() - started) / 1000)}\n`);
    return result;
  } catch (error) {
    return { tables: [], problems: [`${name} failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * Runs the plan; `onPartial` gets the report so far after every group, so a long run stopped midway
 * (a 1M-subject city takes hours) keeps what it measured.
 */
export async function runBench(plan: BenchPlan, onPartial: (report: Report) => void = () => {}): Promise<Report> {
  mkdirSync(plan.citiesDir, { recursive: true });
  const machine = describeMachine(plan.citiesDir);
  const cities: CitySection[] = [];
  let lastContext: GroupContext | null = null;
  for (const subjects of plan.subjects) {
    const { dir, manifest } = ensureCity(plan, subjects);
    const workDir = join(plan.workRoot, String(subjects));
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const ctx: GroupContext = { cityDir: dir, city: manifest, workDir, settings: plan.settings };
    lastContext = ctx;
    const groups: GroupResult[] = [];
    const section: CitySection = { subjects, summary: citySummary(manifest), groups };
    cities.push(section);
    for (const name of CITY_GROUPS) {
      if (!plan.groups.includes(name)) continue;
      groups.push(await guarded(`${name} on ${subjects.toLocaleString('en-US')} subjects`, () => CITY_RUNNERS[name](ctx)));
      onPartial(reportOf(plan, machine, cities, [], true));
    }
    if (!plan.keepWork) removeAllButLogs(workDir);
  }
  const standalone: GroupResult[] = [];
  const standaloneWork = join(plan.workRoot, 'standalone');
  mkdirSync(standaloneWork, { recursive: true });
  const base: GroupContext = lastContext ?? { cityDir: '', city: null as unknown as CityManifest, workDir: standaloneWork, settings: plan.settings };
  for (const name of STANDALONE_GROUPS) if (plan.groups.includes(name)) standalone.push(await guarded(name, () => STANDALONE_RUNNERS[name]({ ...base, workDir: standaloneWork })));
  if (!plan.keepWork) removeAllButLogs(standaloneWork);
  return reportOf(plan, machine, cities, standalone, false);
}

function reportOf(plan: BenchPlan, machine: Report['machine'], cities: CitySection[], standalone: GroupResult[], partial: boolean): Report {
  return {
    date: shanghaiToday(systemClock), command: plan.command, machine, cities, standalone,
    notes: [
      ...(partial ? ['PARTIAL: written after a group finished while later groups were still to run; the full report replaces it.'] : []),
      `The public rate limit is lifted to its maximum (PUBLIC_RATE_LIMIT_PER_MINUTE=1000000) so /health can serve as the baseline.`,
    ],
  };
}

/** The work files go; the services' logs stay (bench/.work/<N>/*.log) for a look after a failure. */
function removeAllButLogs(dir: string): void {
  for (const entry of readdirSync(dir)) if (!entry.endsWith('.log')) rmSync(join(dir, entry), { recursive: true, force: true });
}

function citySummary(m: CityManifest): string {
  const ordinary = m.events - m.long * m.longEvents;
  return `${m.events.toLocaleString('en-US')} events (${(ordinary / m.subjects).toFixed(1)} per subject; ${m.organisations.toLocaleString('en-US')} organisations, ${m.persons.toLocaleString('en-US')} persons; ${m.long} long-lived enterprise(s) of ${m.longEvents.toLocaleString('en-US')} events), business dates up to ${m.today}, events.sqlite ${formatBytes(m.eventsFileBytes)}, generated in ${formatDuration(m.generatedSeconds)} (seed ${m.seed}, ${m.generator}).`;
}

export function cityExists(dir: string): boolean {
  return existsSync(join(dir, 'city.json'));
}
