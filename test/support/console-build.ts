import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_BUILD_DIR } from '../../src/console/console-assets.js';
import { PACKAGE_ROOT } from '../../src/shared/package-root.js';

/**
 * The built console (dist/ui) for tests that serve it: `npm test` builds it before jest
 * (TEST_DIST_BUILT=1); a test run on its own builds it (under a second) when it is missing.
 */
export function ensureConsoleBuilt(): void {
  if (existsSync(join(CONSOLE_BUILD_DIR, 'index.html'))) return;
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'ui', 'build.mjs')], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ui/build.mjs failed: ${run.stderr}`);
}
