import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import type { Clock } from '../../src/shared/clock.js';
import { TEST_JWT_SECRET } from './actors.js';
import { tempDir } from './temp-dir.js';

/**
 * The real Nest application on a fresh temp data directory (real SQLite files), not listening.
 * Tokens from ./actors.js verify against it (JWT_SECRET is the fixed test secret).
 * The projections and the log's writer run on this thread (PROJECTION_THREAD=false,
 * SQLITE_WRITER_THREAD=false) unless `env` asks for threads of their own.
 * Pass a clock (e.g. a ManualClock from ./clocks.js) to move business time; otherwise the wall clock.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<{ app: NestExpressApplication; dataDir: string; close: () => Promise<void> }> {
  const dir = tempDir('credit-ledger-e2e-');
  const app = await createApp(loadConfig({ DATA_DIR: dir.path, PORT: '0', JWT_SECRET: TEST_JWT_SECRET, PROJECTION_THREAD: 'false', SQLITE_WRITER_THREAD: 'false', ...env }), { logger: false, clock: options.clock });
  await app.init();
  return {
    app,
    dataDir: dir.path,
    close: async () => {
      await app.close();
      dir.remove();
    },
  };
}
