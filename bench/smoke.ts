/**
 * `npm run bench:smoke`: the whole harness on a tiny city (200 subjects, one long-lived
 * enterprise of 300 events) with one short run of every group, in a temporary directory. Exit 0
 * when every measurement produced a figure, every HTTP answer had the expected status, the city's
 * hash chains verify and it is the same when made again with one worker; no timing is asserted. Run in CI to keep the harness working.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { domainEventSchemas } from '../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store.js';
import { ALL_GROUPS, ensureCity } from './bench-runner.js';
import { CHROMIUM_PATH } from './groups/console.js';
import { runBench, type BenchPlan } from './bench-runner.js';
import { problemsOf, renderReport } from './lib/report-file.js';
import { cellText } from './lib/results.js';

const CITY_MAIN = new URL('./city/main.js', import.meta.url).pathname;

function remakeWithOneWorker(root: string): string {
  const dir = join(root, 'one-worker');
  const made = spawnSync(process.execPath, [CITY_MAIN, '--subjects', '200', '--long', '1', '--long-events', '300', '--workers', '1', '--dir', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (made.status !== 0) throw new Error(`bench:city --workers 1 failed (${made.status})`);
  return dir;
}

/** Every stored event the same, byte for byte: ids, data, metadata, hashes, positions. */
function sameLog(a: string, b: string): boolean {
  const rows = (dir: string) => {
    const db = new BetterSqlite3(join(dir, 'events.sqlite'), { readonly: true });
    const all = db.prepare('SELECT position, event_id, stream, revision, type, data, metadata, recorded_at_ms FROM events ORDER BY position').all();
    db.close();
    return JSON.stringify(all);
  };
  return rows(a) === rows(b);
}

const root = mkdtempSync(join(tmpdir(), 'credit-ledger-bench-smoke-'));
// The peer compiles sqlite3 from source when installed (a minute or more): CI's smoke skips it unless
// `npm run bench` installed it already, or `--with-peer` asks for it.
const withPeer = process.argv.includes('--with-peer') || existsSync(join('bench', 'peer', 'node_modules', '@event-driven-io', 'emmett-sqlite'));
if (!withPeer) process.stderr.write('bench:smoke: peer group SKIPPED (Emmett-sqlite is not installed in bench/peer; npm run bench installs it, or pass --with-peer)\n');
// The console group needs Chromium (.ci/run installs Debian's); without it the group is SKIPPED, saying so.
const withConsole = existsSync(CHROMIUM_PATH);
if (!withConsole) process.stderr.write(`bench:smoke: console group SKIPPED (no Chromium at ${CHROMIUM_PATH}; apt-get install chromium, or set CHROMIUM_PATH)\n`);
const plan: BenchPlan = {
  subjects: [200], long: 1, longEvents: 300, groups: ALL_GROUPS.filter((group) => (withPeer || group !== 'peer') && (withConsole || group !== 'console')),
  citiesDir: join(root, 'cities'), workRoot: join(root, 'work'), keepWork: false, command: 'npm run bench:smoke',
  settings: { runs: 1, requests: 40, httpSeconds: 3, appends: 100, catchUpMaxSeconds: 300, deepHops: 2, batchSize: 2000, pageLoads: 1 },
};
try {
  const problems: string[] = [];
  const city = ensureCity(plan, 200);
  const store = new SqliteEventStore({ file: join(city.dir, 'events.sqlite'), schemas: domainEventSchemas() });
  const verified = await store.verify();
  await store.close();
  if (!verified.ok) problems.push(`the city's log does not verify: ${JSON.stringify(verified.firstBroken)}`);
  if (Object.keys(city.manifest.refusals).length > 0) problems.push(`the city generator's commands were refused: ${JSON.stringify(city.manifest.refusals)}`);
  if (!sameLog(city.dir, remakeWithOneWorker(root))) problems.push('the city is not the same when made again with one worker (not deterministic)');
  const report = await runBench(plan);
  process.stdout.write(renderReport(report));
  problems.push(...problemsOf(report));
  const tables = [...report.cities.flatMap((c) => c.groups), ...report.standalone].flatMap((g) => g.tables);
  for (const id of ['catch-up', 'ledger-catch-up', 'ledger', 'http', 'long', 'health-under-load', 'appends', ...(withPeer ? ['peer'] : []), ...(withConsole ? ['console'] : [])]) if (!tables.some((t) => t.id === id)) problems.push(`no ${id} table`);
  for (const table of tables) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const cell = row.cells[column.key];
        if (cell !== undefined && typeof cell !== 'string' && !(cell.runs > 0)) problems.push(`${table.id} / ${row.label} / ${column.title}: no figure (${cellText(cell, column)})`);
      }
    }
  }
  process.stderr.write(problems.length === 0 ? 'bench:smoke: every measurement produced a figure\n' : `bench:smoke: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
