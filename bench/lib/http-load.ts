/**
 * The in-repo HTTP load generator: `connections` keep-alive connections, each sending its next
 * request when the last one answered, for a fixed number of requests or a fixed time. Every
 * answer's status is checked; latencies give p50/p99/max, the count over the time gives req/s.
 */
import { Agent, request as httpRequest } from 'node:http';
import { percentile } from './stats.js';

export interface RequestSpec {
  readonly method?: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface LoadSpec {
  readonly base: string;
  readonly connections: number;
  /** Stop after this many requests (and/or after durationMs, whichever comes first). */
  readonly requests?: number;
  readonly durationMs?: number;
  readonly request: (i: number) => RequestSpec;
  readonly expectStatus: number;
  readonly timeoutMs?: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly ok: number;
  /** Answers with another status, by status; transport errors by code. */
  readonly unexpected: Readonly<Record<string, number>>;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly rps: number;
  /** Median answer size in bytes. */
  readonly bytes: number;
  readonly seconds: number;
  /** The first unexpected answer's body (truncated), to say what went wrong. */
  readonly firstProblem: string | null;
}

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

/** One request on `agent` (or a fresh connection). */
export function send(base: string, spec: RequestSpec, agent?: Agent, timeoutMs = 120_000): Promise<Answer> {
  const url = new URL(spec.path, base);
  const payload = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: spec.method ?? 'GET', agent,
      headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}), ...spec.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const limit = spec.requests ?? Number.MAX_SAFE_INTEGER;
  const deadline = spec.durationMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + spec.durationMs;
  const times: number[] = [];
  const sizes: number[] = [];
  const unexpected: Record<string, number> = {};
  let firstProblem: string | null = null;
  let next = 0;
  let ok = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: spec.connections }, async () => {
    while (next < limit && performance.now() < deadline) {
      const i = next++;
      try {
        const answer = await send(spec.base, spec.request(i), agent, spec.timeoutMs);
        times.push(answer.ms);
        sizes.push(Buffer.byteLength(answer.body));
        if (answer.status === spec.expectStatus) ok += 1;
        else {
          unexpected[String(answer.status)] = (unexpected[String(answer.status)] ?? 0) + 1;
          firstProblem ??= `${spec.request(i).path} → ${answer.status} ${answer.body.slice(0, 300)}`;
        }
      } catch (error) {
        const code = (error as { code?: string }).code ?? (error as Error).message;
        unexpected[code] = (unexpected[code] ?? 0) + 1;
        firstProblem ??= `${spec.request(i).path} → ${code}`;
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  return {
    requests: times.length + Object.entries(unexpected).filter(([k]) => !/^\d+$/.test(k)).reduce((n, [, v]) => n + v, 0),
    ok, unexpected, firstProblem, seconds,
    p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times.at(-1) ?? NaN,
    rps: times.length / seconds, bytes: percentile(sizes, 0.5),
  };
}
