import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import type { Clock } from '../../src/shared/clock.js';
import { TEST_JWT_SECRET } from './actors.js';
import { ManualClock, TEST_NOW } from './clocks.js';
import { tempDir } from './temp-dir.js';

export interface TestApp<C extends Clock = ManualClock> {
  readonly app: NestExpressApplication;
  readonly dataDir: string;
  /** The app's business time: a ManualClock at TEST_NOW unless the test passed its own. */
  readonly clock: C;
  readonly close: () => Promise<void>;
}

/**
 * The real Nest application on a fresh temp data directory (real SQLite files), not listening.
 * Tokens from ./actors.js verify against it (JWT_SECRET is the fixed test secret).
 * The projections and the log's writer run on this thread (PROJECTION_THREAD=false,
 * SQLITE_WRITER_THREAD=false) unless `env` asks for threads of their own.
 * Business time is a ManualClock standing at TEST_NOW (`ctx.clock` moves it), so what a test
 * expects never depends on the day it runs; pass `clock` for another one, or `clock: systemClock`
 * for a test that really needs the wall clock.
 */
// The default overload last: `Awaited<ReturnType<typeof startTestApp>>` is then the app with a ManualClock.
export async function startTestApp<C extends Clock>(env: Record<string, string>, options: { clock: C }): Promise<TestApp<C>>;
export async function startTestApp(env?: Record<string, string>): Promise<TestApp>;
export async function startTestApp(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp<Clock>> {
  const clock = options.clock ?? ManualClock.at(TEST_NOW);
  const dir = tempDir('credit-ledger-e2e-');
  const app = await createApp(loadConfig({ DATA_DIR: dir.path, PORT: '0', JWT_SECRET: TEST_JWT_SECRET, PROJECTION_THREAD: 'false', SQLITE_WRITER_THREAD: 'false', ...env }), { logger: false, clock });
  await app.init();
  return {
    app,
    dataDir: dir.path,
    clock,
    close: async () => {
      await app.close();
      dir.remove();
    },
  };
}
