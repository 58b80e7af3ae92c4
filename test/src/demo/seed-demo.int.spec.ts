import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../../src/view-store/sqlite/sqlite-view-store.js';
import type { ChildRun } from '../../support/child-process.js';
import { tempDir } from '../../support/temp-dir.js';
import { AT_TODAY, TODAY, countsOf, seedDemo } from './seed-demo-process.js';

describe('npm run seed:demo', () => {
  const dir = tempDir('credit-ledger-seed-demo-');
  let first: ChildRun;
  beforeAll(async () => {
    first = await seedDemo(dir.path, AT_TODAY);
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

  it('refuses a --today that is not a date or lies before the historical cases (exit 2)', async () => {
    for (const today of ['2026-02-30', '2026-11-25']) {
      const run = await seedDemo(dir.path, ['--force', '--today', today]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--today');
    }
  }, 60_000);

  it('records each event at the business time of its command, never later than the seeding', async () => {
    const store = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: domainEventSchemas() });
    try {
      const events = await store.readAll(0, 5000);
      const recorded = events.map((e) => e.metadata.recordedAt);
      expect(recorded[0]).toBe('2025-01-02T08:30:00.000+08:00'); // the A13 pilots, before the story starts
      expect([...recorded].sort()).toEqual(recorded);
      expect(recorded.at(-1)! < `${TODAY}T00:00:00.000+08:00`).toBe(true);
      const commandNow = events.filter((e) => e.type === 'ObjectionFiled').map((e) => (e.data as { filedAt: string }).filedAt);
      expect(events.filter((e) => e.type === 'ObjectionFiled').map((e) => e.metadata.recordedAt)).toEqual(commandNow.map((now) => DateTime.fromISO(now, { setZone: true }).toISO()));
    } finally {
      await store.close();
    }
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
    const again = await seedDemo(dir.path, AT_TODAY);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('DEMO_REFUSED');
    const forced = await seedDemo(dir.path, ['--force', ...AT_TODAY]);
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
