/** The seeder as a real child process, for the demo's integration tests. */
import { runTsToExit, type ChildRun } from '../../support/child-process.js';
import { TEST_TODAY } from '../../support/clocks.js';

/** `node --import tsx src/demo/seed-demo.ts` as a real child process on the given data directory. */
export function seedDemo(dataDir: string, args: readonly string[] = []): Promise<ChildRun> {
  return runTsToExit('src/demo/seed-demo.ts', args, { DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' });
}

/** The summary's "Type  count" lines. */
export function countsOf(stdout: string): Record<string, number> {
  return Object.fromEntries(stdout.trim().split('\n').map((line) => line.trim().split(/\s+/)).map(([type, n]) => [type, Number(n)]));
}

/**
 * The demo's today, passed as --today (a reproducible run): TEST_TODAY, the business date of the
 * apps these specs start on the demo (their clock stands at TEST_NOW), so views computed at query
 * time see the demo's recent cases as recent.
 */
export const TODAY = TEST_TODAY;
export const AT_TODAY = ['--today', TODAY];
