import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONSOLE_BUILD_DIR } from '../../src/console/console-assets.js';
import { PACKAGE_ROOT } from '../../src/shared/package-root.js';

/**
 * The built console (dist/ui) for tests that serve it: `npm test` builds it before jest
 * (TEST_DIST_BUILT=1); a test run on its own builds it (under a second) when it is missing or older
 * than a source of ui/.
 */
export function ensureConsoleBuilt(): void {
  const built = join(CONSOLE_BUILD_DIR, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(join(PACKAGE_ROOT, 'ui'))) return;
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'ui', 'build.mjs')], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ui/build.mjs failed: ${run.stderr}`);
}

/** The newest modification time of the files under `dir` (ui/ is a few dozen files). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
