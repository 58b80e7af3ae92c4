/**
 * One catch-up measurement in a clean process (bench/groups/catch-up.ts starts it):
 * `projections`: all nine views from zero (ALL_PROJECTIONS through the ProjectionRunner) into a
 * fresh views file, from the city's log; `raw`: the baseline, an ordered read of the same file with
 * better-sqlite3 `.iterate()` and JSON.parse of each event's data and metadata. Both sample RSS.
 */
import BetterSqlite3 from 'better-sqlite3';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { rssSampler, sendResult } from '../lib/child.js';

export interface CatchUpResult {
  readonly events: number;
  readonly seconds: number;
  readonly rate: number;
  readonly peakRssBytes: number;
  /** False when the time limit stopped it first: the rate is over the events applied by then. */
  readonly complete: boolean;
  /** Peak RSS over each tenth of the log as it is applied (projections only): flat memory keeps these level. */
  readonly rssAlong?: ReadonlyArray<{ readonly upTo: number; readonly peakRssBytes: number }>;
}

/** Every 2 s: how far the slowest projection is, and the RSS peak of the tenth of the log it is in. */
function rssAlongTheLog(runner: ProjectionRunner, head: number): { stop: () => Promise<CatchUpResult['rssAlong']> } {
  const step = Math.max(1, Math.ceil(head / 10));
  const peaks = new Map<number, number>();
  const sample = async () => {
    const applied = Math.min(...(await runner.status()).map((s) => s.checkpoint));
    const tenth = Math.min(9, Math.floor(applied / step));
    peaks.set(tenth, Math.max(peaks.get(tenth) ?? 0, process.memoryUsage().rss));
  };
  const timer = setInterval(() => void sample(), 2000);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample();
      return [...peaks].sort(([a], [b]) => a - b).map(([tenth, peakRssBytes]) => ({ upTo: Math.min(head, (tenth + 1) * step), peakRssBytes }));
    },
  };
}

const [mode, eventsFile, viewsFile, batch, maxSeconds] = process.argv.slice(2) as [string, string, string, string, string];

async function projections(): Promise<CatchUpResult> {
  const events = new SqliteEventStore({ file: eventsFile, schemas: domainEventSchemas() });
  const views = new SqliteViewStore(viewsFile);
  const head = await events.headPosition();
  const rss = rssSampler();
  const runner = new ProjectionRunner(events, views, ALL_PROJECTIONS, { batchSize: Number(batch) });
  const along = rssAlongTheLog(runner, head);
  const started = performance.now();
  await runner.start();
  const complete = await runner.waitFor(head, Number(maxSeconds) * 1000);
  const seconds = (performance.now() - started) / 1000;
  const applied = complete ? head : Math.min(...(await runner.status()).map((s) => s.checkpoint));
  const rssAlong = await along.stop();
  rss.stop();
  await runner.stop();
  await views.close();
  await events.close();
  return { events: applied, seconds, rate: applied / seconds, peakRssBytes: rss.peak(), complete, rssAlong };
}

function raw(): CatchUpResult {
  const db = new BetterSqlite3(eventsFile, { readonly: true });
  const rss = rssSampler();
  const started = performance.now();
  let count = 0;
  let bytes = 0;
  for (const row of db.prepare('SELECT data, metadata FROM events ORDER BY position').iterate() as IterableIterator<{ data: string; metadata: string }>) {
    const data = JSON.parse(row.data) as object;
    const metadata = JSON.parse(row.metadata) as object;
    bytes += Object.keys(data).length + Object.keys(metadata).length;
    count += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  rss.stop();
  db.close();
  if (bytes < 0) throw new Error('unreachable: keeps the parse from being optimised away');
  return { events: count, seconds, rate: count / seconds, peakRssBytes: rss.peak(), complete: true };
}

sendResult(mode === 'raw' ? raw() : await projections());
