/**
 * The web console (issue 12: "first paint under 1 s on the demo data"): each page loaded in headless
 * Chromium with a cold cache on the seeded demo, its first contentful paint and the moment its data
 * is on screen, beside the baseline of the same service's Swagger UI (/docs) in the same browser and
 * run. Chromium: CHROMIUM_PATH or /usr/bin/chromium (Debian's package); none there, the group says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { shanghaiToday } from '../../src/shared/shanghai-today.js';
import { systemClock } from '../../src/shared/clock.js';
import { send } from '../lib/http-load.js';
import { Collector, type GroupResult } from '../lib/results.js';
import { serviceLog, startService, waitCaughtUp, type RunningService } from '../lib/service.js';
import type { GroupContext } from './context.js';

const SEED_DEMO = new URL('../../src/demo/seed-demo.js', import.meta.url).pathname;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags this machine needs: no sandbox as root, and no background connections to a network that is closed. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** A page whose data is not on screen by then is a failure of the group, not a figure. */
const READY_TIMEOUT_MS = 30_000;

interface PageSpec {
  readonly label: string;
  readonly path: string;
  /** What is on screen once the page shows its data. */
  readonly ready: string;
  readonly token: string | null;
}

interface Timing {
  readonly fcp: number;
  readonly ready: number;
}

async function load(browser: Browser, base: string, spec: PageSpec): Promise<Timing> {
  // A new context each time: a cold cache, nothing of the previous load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    // Browser code as text: the bench is compiled without the DOM's types. The token as the console keeps it (session.ts).
    if (spec.token !== null) await context.addInitScript(`sessionStorage.setItem('credit-ledger.token', ${JSON.stringify(spec.token)})`);
    const page = await context.newPage();
    await page.goto(base + spec.path, { waitUntil: 'commit' });
    // Checked at every frame inside the page (evaluated over the DevTools protocol, which the page's CSP does not govern).
    const ready = await page.evaluate(`new Promise((resolve) => { const check = () => document.querySelector(${JSON.stringify(spec.ready)}) ? resolve(performance.now()) : performance.now() > ${READY_TIMEOUT_MS} ? resolve(-1) : requestAnimationFrame(check); check(); })`);
    if (Number(ready) < 0) throw new Error(`${spec.label}: ${spec.ready} not on screen within ${READY_TIMEOUT_MS / 1000} s`);
    // The paint entry is queued after the frame that painted: wait for it (buffered), a few seconds at most.
    const fcp = await page.evaluate(`new Promise((resolve) => { new PerformanceObserver((list) => { const entry = list.getEntriesByName('first-contentful-paint')[0]; if (entry) resolve(entry.startTime); }).observe({ type: 'paint', buffered: true }); setTimeout(() => resolve(-1), 5000); })`);
    if (Number(fcp) < 0) throw new Error(`${spec.label}: no first-contentful-paint entry within 5 s`);
    return { fcp: Number(fcp), ready: Number(ready) };
  } finally {
    await context.close();
  }
}

function seedDemo(dataDir: string): string | null {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const run = spawnSync(process.execPath, [SEED_DEMO, '--today', shanghaiToday(systemClock)], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return run.status === 0 ? null : `console: seed:demo failed (${run.status ?? run.signal}): ${run.stderr.split('\n').filter(Boolean).slice(-2).join(' / ')}`;
}

/** The pages to load, with ids taken from the demo's own answers (never hard-coded). */
async function pagesOf(service: RunningService): Promise<PageSpec[] | string> {
  const auditor = await service.token({ role: 'auditor', sub: 'bench-auditor' });
  const office = await service.token({ role: 'credit-office', sub: 'bench-office' });
  const disclosures = JSON.parse((await send(service.base, { path: '/disclosures?limit=50' })).body) as { items: { subject: { uscc?: string | null } }[] };
  const subjectId = disclosures.items.find((item) => item.subject.uscc)?.subject.uscc;
  const overdue = JSON.parse((await send(service.base, { path: '/objections/overdue?limit=1', headers: { Authorization: `Bearer ${office}` } })).body) as { items?: { objectionId: string }[] };
  const objectionId = overdue.items?.[0]?.objectionId;
  if (!subjectId || !objectionId) return `console: the demo has no disclosed organisation or no overdue objection (${subjectId}, ${objectionId})`;
  return [
    { label: 'public disclosures /ui/disclosures', path: '/ui/disclosures', ready: '[data-testid=disclosures] tbody tr', token: null },
    { label: 'subject page (auditor)', path: `/ui/subjects/${subjectId}`, ready: '[data-testid=timeline] li', token: auditor },
    { label: 'dispute case file (credit office)', path: `/ui/disputes/${encodeURIComponent(objectionId)}`, ready: '[data-testid=deadlines] tr[data-step]', token: office },
    { label: 'oversight dashboard (credit office)', path: '/ui/oversight', ready: '[data-testid=usage-chart]', token: office },
  ];
}

export async function consolePages(ctx: GroupContext): Promise<GroupResult> {
  if (!existsSync(CHROMIUM_PATH)) return { tables: [], problems: [`console: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`] };
  const dataDir = join(ctx.workDir, 'console-data');
  const seedProblem = seedDemo(dataDir);
  if (seedProblem) return { tables: [], problems: [seedProblem] };
  const service = await startService(dataDir, { logFile: serviceLog(ctx.workDir, 'console') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    if (!(await waitCaughtUp(service.base, 120_000, 'console'))) return { tables: [], problems: ['console: the views did not catch up with the demo within 120 s'] };
    const pages = await pagesOf(service);
    if (typeof pages === 'string') return { tables: [], problems: [pages] };
    const baseline: PageSpec = { label: 'baseline: Swagger UI /docs (same service)', path: '/docs', ready: '.swagger-ui .info', token: null };
    const collector = new Collector();
    for (let run = 1; run <= ctx.settings.runs; run++) {
      process.stderr.write(`  console run ${run}/${ctx.settings.runs}: ${ctx.settings.pageLoads} cold loads of each page in Chromium\n`);
      for (let i = 0; i < ctx.settings.pageLoads; i++) {
        const base = await load(browser, service.base, baseline);
        collector.add(baseline.label, 'fcp', base.fcp);
        collector.add(baseline.label, 'ready', base.ready);
        for (const spec of pages) {
          const timing = await load(browser, service.base, spec);
          collector.add(spec.label, 'fcp', timing.fcp);
          collector.add(spec.label, 'ready', timing.ready);
          collector.ratio(spec.label, 'ratio', timing.ready, base.ready);
        }
      }
    }
    return {
      problems: [],
      tables: [collector.table('console', `Web console in headless Chromium on the demo data (cold cache, 1280×800; ${ctx.settings.pageLoads} loads per run, each page beside the Swagger UI loaded just before it)`, [
        { key: 'fcp', title: 'first contentful paint', unit: 'ms' },
        { key: 'ready', title: 'data on screen', unit: 'ms' },
        { key: 'ratio', title: 'data on screen ÷ /docs', unit: '%' },
      ])],
    };
  } finally {
    await browser.close();
    await service.stop();
  }
}
