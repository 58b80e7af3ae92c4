/**
 * How far the projections fall behind the log while commands arrive: `/health/ready` polled,
 * the largest lag (events) seen; then how long after the load they are caught up again.
 */
import { send } from './http-load.js';
import { sleep } from '../../src/shared/sleep.js';

interface ReadyBody {
  readonly projections?: ReadonlyArray<{ readonly lag: number }>;
}

async function currentLag(base: string): Promise<number | null> {
  const answer = await send(base, { path: '/health/ready' }, undefined, 30_000).catch(() => null);
  if (!answer) return null;
  const projections = (JSON.parse(answer.body) as ReadyBody).projections ?? [];
  return Math.max(0, ...projections.map((p) => p.lag));
}

export function startLagProbe(base: string, everyMs = 250): { stop: () => Promise<{ maxLag: number; caughtUpMs: number }> } {
  let maxLag = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const lag = await currentLag(base);
      if (lag !== null) maxLag = Math.max(maxLag, lag);
      await sleep(everyMs);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const started = performance.now();
      for (let i = 0; i < 1200; i++) {
        if ((await currentLag(base)) === 0) break;
        await sleep(50);
      }
      return { maxLag, caughtUpMs: performance.now() - started };
    },
  };
}
