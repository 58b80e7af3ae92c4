/**
 * `npm run bench [-- --subjects 10000,100000,1000000] [--runs 3] [--dir bench/.cities] [--only catch-up,ledger,http,long,appends,peer,console]
 *   [--long 1] [--long-events 10000] [--requests 2000] [--http-seconds 20] [--appends 2000] [--catch-up-max-seconds 3600] [--deep-hops 20]
 *   [--batch 500] [--page-loads 5] [--out FILE] [--keep-work]`
 * Makes or reuses each city (bench:city, cached under --dir), measures, prints the report and
 * writes it to bench/results/<date>.md. Exit 1 when a measurement produced no figure or an answer
 * had an unexpected status; 2 for bad arguments.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ALL_GROUPS, type GroupName, runBench } from './bench-runner.js';
import { describeEstimate, estimateCity, freeBytes } from './city/city-estimate.js';
import { formatBytes } from './lib/progress.js';
import { Args } from './lib/args.js';
import { problemsOf, renderReport, type Report } from './lib/report-file.js';

const USAGE = 'usage: npm run bench -- [--subjects 10000,100000,1000000] [--runs 3] [--dir bench/.cities] [--only catch-up,ledger,http,long,appends,peer,console] [--long 1] [--long-events 10000] [--requests 2000] [--http-seconds 20] [--appends 2000] [--catch-up-max-seconds 3600] [--deep-hops 20] [--batch 500] [--page-loads 5] [--seed S] [--out FILE] [--keep-work]';
const KNOWN = ['subjects', 'runs', 'dir', 'only', 'long', 'long-events', 'requests', 'appends', 'catch-up-max-seconds', 'http-seconds', 'deep-hops', 'batch', 'page-loads', 'seed', 'out', 'keep-work'];

const args = new Args(process.argv.slice(2), USAGE, ['keep-work']);
const unknown = args.unknown(KNOWN);
if (unknown.length > 0) args.fail(`unknown option --${unknown[0]}`);
const only = (args.string('only')?.split(',').map((g) => g.trim()) ?? [...ALL_GROUPS]) as GroupName[];
const wrong = only.find((g) => !ALL_GROUPS.includes(g));
if (wrong) args.fail(`--only: unknown group ${wrong} (groups: ${ALL_GROUPS.join(', ')})`);
const subjects = args.intList('subjects', [10_000, 100_000]);
const long = args.int('long', 1);
const longEvents = args.int('long-events', 10_000, 2);
const seed = args.string('seed') === undefined ? undefined : args.int('seed', 0);
/** views.sqlite is about 3× the log today (10k city: 360 MB beside 120 MB); the work directory holds one set of views and a copy of the log. */
const VIEWS_PER_LOG = 3;
for (const n of subjects) {
  const estimate = estimateCity(n, long, longEvents);
  const work = estimate.dbBytes * (1 + VIEWS_PER_LOG);
  process.stderr.write(`city of ${n.toLocaleString('en-US')}: ${describeEstimate(estimate)} (made once, then cached); the bench's work directory needs ≈ ${formatBytes(work)} more\n`);
  const free = freeBytes(resolve('bench'));
  if (free < work + estimate.peakBytes) process.stderr.write(`warning: ${formatBytes(free)} free on the disk of bench/: the ${n.toLocaleString('en-US')} city may not fit\n`);
}

const outArg = args.string('out');
// The report so far, after each group: where the report goes (--out), else beside it as -partial.md.
let partialPath: string | null = null;
const writePartial = (partial: Report) => {
  partialPath ??= resolve(outArg ?? freeResultsPath(partial.date).replace(/\.md$/, '-partial.md'));
  mkdirSync(dirname(partialPath), { recursive: true });
  writeFileSync(partialPath, renderReport(partial));
};
const report = await runBench({
  subjects, long, longEvents, seed, groups: only,
  citiesDir: resolve(args.string('dir') ?? 'bench/.cities'),
  workRoot: resolve('bench/.work'),
  keepWork: args.flag('keep-work'),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  settings: {
    runs: args.int('runs', 3, 1),
    requests: args.int('requests', 2000, 10),
    httpSeconds: args.int('http-seconds', 20, 1),
    appends: args.int('appends', 2000, 10),
    catchUpMaxSeconds: args.int('catch-up-max-seconds', 3600, 1),
    deepHops: args.int('deep-hops', 20, 1),
    batchSize: args.int('batch', 500, 1),
    pageLoads: args.int('page-loads', 5, 1),
  },
}, writePartial);
const text = renderReport(report);
process.stdout.write(text);
const out = resolve(outArg ?? freeResultsPath(report.date));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
if (partialPath !== null && partialPath !== out) rmSync(partialPath, { force: true });
process.stderr.write(`written to ${out}\n`);
const problems = problemsOf(report);
process.exitCode = problems.length === 0 ? 0 : 1;

function freeResultsPath(date: string): string {
  for (let n = 1; ; n++) {
    const path = resolve('bench/results', n === 1 ? `${date}.md` : `${date}-${n}.md`);
    if (!existsSync(path)) return path;
  }
}
