/**
 * Projection catch-up: all nine views from zero on the city's log, beside the raw baseline (an
 * ordered read + JSON.parse of the same file), each in its own process; peak RSS of both.
 * The last complete run's views are kept in the work directory for the HTTP group.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from '../lib/child.js';
import { Collector, type GroupResult } from '../lib/results.js';
import type { CatchUpResult } from './catch-up-child.js';
import type { GroupContext } from './context.js';

const CHILD = new URL('./catch-up-child.js', import.meta.url);
const MB = 1024 * 1024;

export const builtViews = (ctx: GroupContext) => join(ctx.workDir, 'views.sqlite');

export async function catchUp(ctx: GroupContext): Promise<GroupResult> {
  const collector = new Collector();
  const problems: string[] = [];
  const events = join(ctx.cityDir, 'events.sqlite');
  const label = `all nine views from zero (batch ${ctx.settings.batchSize})`;
  for (let run = 1; run <= ctx.settings.runs; run++) {
    process.stderr.write(`  catch-up run ${run}/${ctx.settings.runs}: raw read\n`);
    const raw = await runChild<CatchUpResult>(CHILD, ['raw', events, '-', '0', '0']);
    const views = join(ctx.workDir, `views-run${run}.sqlite`);
    removeSqlite(views);
    process.stderr.write(`  catch-up run ${run}/${ctx.settings.runs}: projections (${raw.events.toLocaleString('en-US')} events, at most ${ctx.settings.catchUpMaxSeconds} s)\n`);
    const built = await runChild<CatchUpResult>(CHILD, ['projections', events, views, String(ctx.settings.batchSize), String(ctx.settings.catchUpMaxSeconds)]);
    collector.add(label, 'events', built.events);
    collector.add(label, 'rate', built.rate);
    collector.add(label, 'rss', built.peakRssBytes / MB);
    collector.add(label, 'rawRate', raw.rate);
    collector.add(label, 'rawRss', raw.peakRssBytes / MB);
    collector.ratio(label, 'ratio', built.rate, raw.rate);
    if (!built.complete) collector.text(label, 'complete', `no: stopped after ${ctx.settings.catchUpMaxSeconds} s`);
    if (built.rssAlong) collector.text(label, 'along', built.rssAlong.map((p) => `${formatCount(p.upTo)}: ${Math.round(p.peakRssBytes / MB)}`).join(' · '));
    // Views are several times the log (≈ 3× today): kept by renaming, never copied.
    if (built.complete) {
      removeSqlite(builtViews(ctx));
      renameSync(views, builtViews(ctx));
    }
    removeSqlite(views);
    if (!(built.rate > 0) || !(raw.rate > 0)) problems.push(`catch-up run ${run}: no rate (projections ${built.rate}, raw ${raw.rate})`);
  }
  return {
    problems,
    tables: [collector.table('catch-up', 'Projection catch-up (each run in its own process)', [
      { key: 'events', title: 'events applied' },
      { key: 'rate', title: 'events/s' },
      { key: 'rss', title: 'peak RSS', unit: 'MB' },
      { key: 'rawRate', title: 'baseline: raw ordered read + JSON.parse, events/s' },
      { key: 'rawRss', title: 'baseline peak RSS', unit: 'MB' },
      { key: 'ratio', title: 'ratio', unit: '%' },
      { key: 'complete', title: 'incomplete' },
      { key: 'along', title: 'peak RSS (MB) by events applied, last run' },
    ], { growth: 'rate' })],
  };
}

/** 1,234,567 → 1.2M; 45,600 → 46k. */
function formatCount(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${Math.round(n / 1e3)}k` : String(n);
}

export function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);
}
