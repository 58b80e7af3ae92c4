import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import { REPO_ROOT } from '../../support/child-process.js';
import { tempDir } from '../../support/temp-dir.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node --import tsx src/demo/seed-demo.ts` as a real child process on the given data directory. */
function seedDemo(dataDir: string, args: readonly string[] = []): Promise<Run> {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/demo/seed-demo.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The summary's "Type  count" lines. */
function countsOf(stdout: string): Record<string, number> {
  return Object.fromEntries(stdout.trim().split('\n').map((line) => line.trim().split(/\s+/)).map(([type, n]) => [type, Number(n)]));
}

describe('npm run seed:demo', () => {
  const dir = tempDir('credit-ledger-seed-demo-');
  let first: Run;
  beforeAll(async () => {
    first = await seedDemo(dir.path);
  }, 120_000);
  afterAll(() => dir.remove());

  it('seeds a few hundred subjects, registers the A13 pilots and the tax merger, and prints the counts per event type', () => {
    expect(first.code).toBe(0);
    const counts = countsOf(first.stdout);
    expect(counts.SubjectRegistered).toBe(300);
    expect(counts.DepartmentRegistered).toBe(29); // the 28 A13 pilots and the merged tax bureau
    expect(counts.DepartmentMerged).toBe(2);
    expect(counts.DepartmentRuleSet).toBeGreaterThanOrEqual(3); // A24
    expect(counts.AgencyFiled).toBe(6);
    expect(counts.AgencySuspended).toBe(1);
    expect(counts.AgencyExited).toBe(1);
    expect(counts.BreachRecorded).toBeGreaterThanOrEqual(10);
    expect(counts.CommitmentCheckRecorded).toBeGreaterThan(0);
    expect(counts.ReviewRequested).toBeGreaterThan(counts.ReviewReportIssued!); // some reviews are still open (A11)
    expect(counts.CreditReportFiled).toBeGreaterThan(0);
    expect(counts.ReportUsed).toBeGreaterThan(0);
    expect(counts.LoanCheckRecorded).toBeGreaterThan(0);
    expect(counts.ObjectionFiled).toBe(3);
    expect(counts.ObjectionForwarded).toBe(1);
    expect(counts.ObjectionDecided).toBe(2);
    expect(counts.RecordCorrected).toBe(1);
    expect(counts.RepairDecided).toBe(1);
    expect(first.stderr).toContain('registered 28 A13 pilot departments');
  });

  it('leaves an intact hash chain', async () => {
    const store = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: domainEventSchemas() });
    try {
      const report = await store.verify();
      expect(report.ok).toBe(true);
      expect(report.checkedEvents).toBeGreaterThan(1000);
    } finally {
      await store.close();
    }
  });

  it('refuses to seed a directory that already holds events, unless --force (which then writes nothing twice)', async () => {
    const again = await seedDemo(dir.path);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('DEMO_REFUSED');
    const forced = await seedDemo(dir.path, ['--force']);
    expect(forced.code).toBe(0);
    expect(countsOf(forced.stdout)).toEqual(countsOf(first.stdout));
  }, 120_000);

  it('fills the main collection of every projection', async () => {
    const events = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: domainEventSchemas() });
    const views = new SqliteViewStore(join(dir.path, 'views.sqlite'));
    const runner = new ProjectionRunner(events, views, ALL_PROJECTIONS, { batchSize: 500 });
    try {
      await runner.start();
      expect(await runner.waitFor(await events.headPosition(), 60_000)).toBe(true);
      const empty: string[] = [];
      for (const projection of ALL_PROJECTIONS) {
        const collection = runner.collectionFor(projection.name, projection.collections[0]!.name);
        if ((await views.count(collection)) === 0) empty.push(projection.name);
      }
      expect(empty).toEqual([]);
    } finally {
      await runner.stop();
      await views.close();
      await events.close();
    }
  }, 90_000);
});
