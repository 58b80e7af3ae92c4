/**
 * The real service (a child process) on a copy of the city, caught up: `GET /health` as the
 * baseline, statuses of random subjects, each list's first and deep page, and breaches posted at
 * 1 and 32 connections, each beside /health in the same run (32 connections unless said).
 */
import { DateTime } from 'luxon';
import { load, send, type LoadResult, type RequestSpec } from '../lib/http-load.js';
import { Collector, type GroupResult } from '../lib/results.js';
import { type RunningService, serviceLog, startService, waitCaughtUp } from '../lib/service.js';
import type { GroupContext } from './context.js';
import { type ListRoute, type Tokens, bearer, breachRequest, listRoutes, withLimit } from './http-routes.js';
import { serviceDataDir } from './service-data.js';

const CONNECTIONS = 32;
export const READY_TIMEOUT_MS = 6 * 3_600_000;

export async function startCityService(ctx: GroupContext, dataDir: string, name: string): Promise<RunningService> {
  const service = await startService(dataDir, { logFile: serviceLog(ctx.workDir, name) });
  if (!(await waitCaughtUp(service.base, READY_TIMEOUT_MS, name))) {
    await service.stop();
    throw new Error(`${name}: the projections did not catch up within ${READY_TIMEOUT_MS / 1000} s`);
  }
  return service;
}

export async function tokensFor(service: RunningService, departmentId: string): Promise<Tokens> {
  return {
    office: await service.token({ role: 'credit-office', sub: 'bench-office' }),
    department: await service.token({ role: 'department', department: departmentId, sub: 'bench-officer' }),
    departmentId,
  };
}

/** The day before today in Shanghai: a decision date every rule accepts. */
export const yesterday = (): string => DateTime.now().setZone('Asia/Shanghai').minus({ days: 1 }).toISODate()!;

export async function http(ctx: GroupContext): Promise<GroupResult> {
  const collector = new Collector();
  const problems: string[] = [];
  const service = await startCityService(ctx, serviceDataDir(ctx), 'service-http');
  try {
    const tokens = await tokensFor(service, 'ks-market');
    const year = DateTime.now().setZone('Asia/Shanghai').toFormat('yyyy');
    const routes = listRoutes(year, tokens.departmentId);
    const subjects = ctx.city.sampleSubjects;
    let posted = 0;
    for (let run = 1; run <= ctx.settings.runs; run++) {
      process.stderr.write(`  http run ${run}/${ctx.settings.runs}\n`);
      const measure = async (label: string, request: (i: number) => RequestSpec, expect: number, connections = CONNECTIONS, requests = ctx.settings.requests): Promise<LoadResult> => {
        const result = await load({ base: service.base, connections, requests, durationMs: ctx.settings.httpSeconds * 1000, request, expectStatus: expect });
        record(collector, label, connections, result);
        if (result.ok !== result.requests) problems.push(`${label}: ${result.requests - result.ok} of ${result.requests} answers unexpected ${JSON.stringify(result.unexpected)} (${result.firstProblem})`);
        return result;
      };
      const health = await measure('GET /health (baseline)', () => ({ path: '/health' }), 200);
      const rows: Array<[string, LoadResult]> = [];
      rows.push(['GET /subjects/{id}/status (random subjects)', await measure('GET /subjects/{id}/status (random subjects)', (i) => ({ path: `/subjects/${subjects[(i * 7919) % subjects.length]}/status`, headers: bearer(tokens.office) }), 200)]);
      for (const route of routes) {
        const headers = bearer(route.token ? tokens[route.token] : null);
        const first = route.paged ? `GET ${route.name} first page` : `GET ${route.name}`;
        rows.push([first, await measure(first, () => ({ path: route.path, headers }), 200)]);
        if (route.paged) {
          const deep = await deepPage(service.base, route, headers, ctx.settings.deepHops);
          const label = `GET ${route.name} deep page (page ${deep.page + 1})`;
          rows.push([label, await measure(label, () => ({ path: deep.path, headers }), 200)]);
        }
      }
      const decisionDate = yesterday();
      const postRequests = Math.max(20, Math.floor(ctx.settings.requests / 4));
      for (const connections of [1, CONNECTIONS]) {
        const label = `POST /subjects/{id}/breaches, ${connections} connection${connections === 1 ? '' : 's'}`;
        const base = posted;
        rows.push([label, await measure(label, (i) => breachRequest(subjects[(base + i) % subjects.length]!, base + i, decisionDate, tokens.department), 201, connections, connections === 1 ? postRequests : postRequests * 2)]);
        posted += connections === 1 ? postRequests : postRequests * 2;
      }
      for (const [label, result] of rows) {
        collector.ratio(label, 'vsHealth', result.rps, health.rps);
        collector.add(label, 'p50VsHealth', result.p50 / health.p50);
      }
    }
  } finally {
    await service.stop();
  }
  return {
    problems,
    tables: [collector.table('http', `HTTP against the service (${ctx.settings.requests.toLocaleString('en-US')} requests or ${ctx.settings.httpSeconds} s per GET row, keep-alive)`, [
      { key: 'connections', title: 'conns' },
      { key: 'p50', title: 'p50', unit: 'ms' },
      { key: 'p99', title: 'p99', unit: 'ms' },
      { key: 'max', title: 'max', unit: 'ms' },
      { key: 'rps', title: 'req/s' },
      { key: 'bytes', title: 'answer bytes' },
      { key: 'vsHealth', title: 'req/s ÷ /health', unit: '%' },
      { key: 'p50VsHealth', title: 'p50 ÷ /health p50', unit: '×' },
    ], { growth: 'p99' })],
  };
}

function record(collector: Collector, label: string, connections: number, result: LoadResult): void {
  collector.text(label, 'connections', String(connections));
  collector.add(label, 'p50', result.p50);
  collector.add(label, 'p99', result.p99);
  collector.add(label, 'max', result.max);
  collector.add(label, 'rps', result.rps);
  collector.add(label, 'bytes', result.bytes);
}

/** Follows nextCursor up to `hops` times; the page reached (0 = first) and its URL. */
async function deepPage(base: string, route: ListRoute, headers: Record<string, string>, hops: number): Promise<{ page: number; path: string }> {
  let path = withLimit(route.path, route.limit);
  let page = 0;
  for (; page < hops; page++) {
    const answer = await send(base, { path, headers });
    if (answer.status !== 200) break;
    const cursor = (JSON.parse(answer.body) as { nextCursor?: string | null }).nextCursor;
    if (!cursor) break;
    path = withLimit(route.path, route.limit, cursor);
  }
  return { page, path };
}
