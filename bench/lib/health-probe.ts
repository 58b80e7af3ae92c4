/**
 * `GET /health` on its own connection, one request after the other, while something else runs:
 * how long the event loop keeps a trivial request waiting.
 */
import { Agent } from 'node:http';
import { send } from './http-load.js';
import { percentile } from './stats.js';
import { sleep } from '../../src/shared/sleep.js';

export interface ProbeResult {
  readonly probes: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly failures: number;
}

export function startHealthProbe(base: string, pauseMs = 5): { stop: () => Promise<ProbeResult> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const answer = await send(base, { path: '/health' }, agent, 120_000);
        if (answer.status === 200) times.push(answer.ms);
        else failures += 1;
      } catch {
        failures += 1;
      }
      await sleep(pauseMs);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      times.sort((a, b) => a - b);
      return { probes: times.length, p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times.at(-1) ?? NaN, failures };
    },
  };
}
