// npm run bench:status — latency of GET /subjects/{id}/status on the demo dataset, beside the
// trivial GET /health as the baseline, in one run on this machine (the real app over HTTP).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { resolveJwtSecret } from '../src/auth/jwt-secret.js';
import { mintDevToken } from '../src/auth/mint-token.js';
import { loadConfig } from '../src/config/app-config.js';
import { createApp } from '../src/create-app.js';
import { ProjectionHost } from '../src/projections/projection-host.js';
import { EVENT_STORE, type EventStore } from '../src/event-store/event-store.port.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const dataDir = mkdtempSync(join(tmpdir(), 'credit-ledger-status-'));
execFileSync(process.execPath, ['--import', 'tsx', 'src/demo/seed-demo.ts'], { env: { ...process.env, DATA_DIR: dataDir }, stdio: 'ignore' });
// The public rate limit would refuse the baseline's burst of /health calls: lifted for the bench.
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, PORT: '0', PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000' });
const app = await createApp(config, { logger: false });
// The status query is for government roles: the bench reads as the credit office (src/auth/policy.ts).
const token = await mintDevToken(resolveJwtSecret(config.auth, dataDir), { role: 'credit-office', sub: 'bench' });
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
const events = app.get<EventStore>(EVENT_STORE);
await app.get(ProjectionHost).waitFor(await events.headPosition(), 120_000);
const subjects = [...new Set((await events.readAll(0, 100_000)).filter((e) => e.stream.startsWith('subject-')).map((e) => e.stream.slice(8)))];

async function measure(paths: (i: number) => string, concurrency: number): Promise<{ p50: number; p99: number; rps: number }> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < REQUESTS) {
      const i = next++;
      const t = performance.now();
      const response = await fetch(base + paths(i), { headers: { Authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${paths(i)} answered ${response.status}`);
      times.push(performance.now() - t);
    }
  }));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), rps: REQUESTS / ((performance.now() - started) / 1000) };
}

const fmt = (r: { p50: number; p99: number; rps: number }) => `p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ${Math.round(r.rps)} req/s`;
console.log(`credit-ledger bench:status — demo data (${subjects.length} subjects, ${await events.headPosition()} events), ${REQUESTS} requests each`);
for (const concurrency of [1, 8]) {
  console.log(`concurrency ${concurrency}  baseline GET /health              ${fmt(await measure(() => '/health', concurrency))}`);
  console.log(`concurrency ${concurrency}  GET /subjects/{id}/status         ${fmt(await measure((i) => `/subjects/${subjects[i % subjects.length]}/status`, concurrency))}`);
}
await app.close();
rmSync(dataDir, { recursive: true, force: true });
