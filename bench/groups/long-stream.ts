/**
 * The long stream (a long-lived enterprise of the city): one command's latency on it, its state
 * at revisions 400 and 1600 and latest, its status — time and answer size — and `GET /health`
 * probed on its own connection while (a) that command runs, (b) 64 connections post breaches,
 * (c) the service rebuilds every projection from zero (started on the log with no views).
 */
import { rmSync } from 'node:fs';
import { type ProbeResult, startHealthProbe } from '../lib/health-probe.js';
import { startLagProbe } from '../lib/lag-probe.js';
import { load, send } from '../lib/http-load.js';
import { Collector, type GroupResult } from '../lib/results.js';
import { sleep } from '../../src/shared/sleep.js';
import { serviceLog, startService, waitCaughtUp } from '../lib/service.js';
import type { GroupContext } from './context.js';
import { startCityService, tokensFor, yesterday } from './http.js';
import { bearer, breachRequest, commitmentRequest } from './http-routes.js';
import { rebuildDataDir, serviceDataDir } from './service-data.js';

const LONG_TIMEOUT_MS = 600_000;
/** Commitments timed one after another on the long stream, after the breach has loaded it. */
const COMMITMENTS_TIMED = 5;

export async function longStream(ctx: GroupContext): Promise<GroupResult> {
  const timings = new Collector();
  const probes = new Collector();
  const problems: string[] = [];
  const longId = ctx.city.longSubjects[0];
  if (!longId) return { tables: [], problems: ['long: the city has no long-lived enterprise (generate it with --long 1)'] };
  const dataDir = serviceDataDir(ctx);
  const service = await startCityService(ctx, dataDir, 'service-long');
  let posted = 0;
  try {
    const tokens = await tokensFor(service, 'ks-market');
    const office = bearer(tokens.office);
    for (let run = 1; run <= ctx.settings.runs; run++) {
      process.stderr.write(`  long stream run ${run}/${ctx.settings.runs} (${longId})\n`);
      const idle = startHealthProbe(service.base);
      await sleep(2000);
      recordProbe(probes, 'idle (baseline)', await idle.stop());
      const timed = async (label: string, path: string, method: 'GET' | 'POST' = 'GET', body?: unknown, expect = 200) => {
        const answer = await send(service.base, { method, path, headers: office, body }, undefined, LONG_TIMEOUT_MS).catch((error: Error) => ({ status: 0, body: error.message, ms: NaN }));
        timings.add(label, 'ms', answer.ms);
        timings.add(label, 'bytes', Buffer.byteLength(answer.body));
        if (answer.status !== expect) problems.push(`long: ${label} answered ${answer.status} ${answer.body.slice(0, 200)}`);
      };
      const probe = startHealthProbe(service.base);
      const command = breachRequest(longId, 1_000_000 + posted++, yesterday(), tokens.department);
      const answer = await send(service.base, command, undefined, LONG_TIMEOUT_MS).catch((error: Error) => ({ status: 0, body: error.message, ms: NaN }));
      recordProbe(probes, '(a) one command on the long stream runs', await probe.stop());
      timings.add('POST /subjects/{id}/breaches on the long stream', 'ms', answer.ms);
      timings.add('POST /subjects/{id}/breaches on the long stream', 'bytes', Buffer.byteLength(answer.body));
      if (answer.status !== 201) problems.push(`long: the command answered ${answer.status} ${answer.body.slice(0, 200)}`);
      // A breach appends an A14 amendment flag per valid review report; a commitment is one event: the command path alone.
      for (let i = 0; i < COMMITMENTS_TIMED; i++) {
        const commitment = await send(service.base, commitmentRequest(longId, posted++, tokens.department), undefined, LONG_TIMEOUT_MS).catch((error: Error) => ({ status: 0, body: error.message, ms: NaN }));
        timings.add('POST /subjects/{id}/commitments on the long stream (one event)', 'ms', commitment.ms);
        timings.add('POST /subjects/{id}/commitments on the long stream (one event)', 'bytes', Buffer.byteLength(commitment.body));
        if (commitment.status !== 201) problems.push(`long: the commitment answered ${commitment.status} ${commitment.body.slice(0, 200)}`);
      }
      await timed('GET /subjects/{id}/state?revision=400', `/subjects/${longId}/state?revision=400`);
      await timed('GET /subjects/{id}/state?revision=1600', `/subjects/${longId}/state?revision=1600`);
      await timed('GET /subjects/{id}/state (latest)', `/subjects/${longId}/state`);
      await timed('GET /subjects/{id}/status', `/subjects/${longId}/status`);

      const writers = startHealthProbe(service.base);
      const lag = startLagProbe(service.base);
      const subjects = ctx.city.sampleSubjects;
      const base = 2_000_000 + run * 100_000;
      const appended = await load({ base: service.base, connections: 64, requests: ctx.settings.requests, durationMs: ctx.settings.httpSeconds * 1000, expectStatus: 201, request: (i) => breachRequest(subjects[i % subjects.length]!, base + i, yesterday(), tokens.department) });
      const health = await writers.stop();
      const behind = await lag.stop();
      recordProbe(probes, '(b) 64 connections post breaches', health, `${Math.round(appended.rps)} commands/s; projections at most ${behind.maxLag} events behind, caught up ${Math.round(behind.caughtUpMs)} ms after the last command`);
      if (appended.ok !== appended.requests) problems.push(`long: 64 writers: ${JSON.stringify(appended.unexpected)} (${appended.firstProblem})`);
    }
  } finally {
    await service.stop();
  }
  for (let run = 1; run <= ctx.settings.runs; run++) await rebuildProbe(ctx, dataDir, probes, problems);
  return {
    problems,
    tables: [
      timings.table('long', `The long stream (${ctx.city.longEvents.toLocaleString('en-US')} events at the start)`, [
        { key: 'ms', title: 'time', unit: 'ms' },
        { key: 'bytes', title: 'answer bytes' },
      ], { growth: 'ms' }),
      probes.table('health-under-load', 'GET /health on its own connection while something else runs', [
        { key: 'p50', title: 'p50', unit: 'ms' },
        { key: 'p99', title: 'p99', unit: 'ms' },
        { key: 'max', title: 'max', unit: 'ms' },
        { key: 'probes', title: 'probes' },
        { key: 'meanwhile', title: 'meanwhile' },
      ], { growth: 'p99' }),
    ],
  };
}

function recordProbe(collector: Collector, label: string, result: ProbeResult, meanwhile?: string): void {
  collector.add(label, 'p50', result.p50);
  collector.add(label, 'p99', result.p99);
  collector.add(label, 'max', result.max);
  collector.add(label, 'probes', result.probes);
  if (meanwhile) collector.text(label, 'meanwhile', meanwhile);
}

/** (c) The service on the same log with no views: /health probed while it rebuilds (at most catchUpMaxSeconds). */
async function rebuildProbe(ctx: GroupContext, from: string, probes: Collector, problems: string[]): Promise<void> {
  const dir = rebuildDataDir(ctx, from);
  const service = await startService(dir, { logFile: serviceLog(ctx.workDir, 'service-rebuild') });
  try {
    const probe = startHealthProbe(service.base);
    const started = performance.now();
    const done = await waitCaughtUp(service.base, Math.min(ctx.settings.catchUpMaxSeconds, 600) * 1000, 'rebuild');
    const seconds = (performance.now() - started) / 1000;
    const result = await probe.stop();
    recordProbe(probes, '(c) the service rebuilds every projection from zero', result, done ? `caught up in ${Math.round(seconds)} s` : `still rebuilding after ${Math.round(seconds)} s`);
    if (result.probes === 0) problems.push('long: no /health answer during the rebuild');
  } finally {
    await service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
