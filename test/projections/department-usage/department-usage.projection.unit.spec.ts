import { describe, it, expect } from '@jest/globals';
import type { ReportUsed } from '../../../domain/subject/events.js';
import { DEPARTMENT_USAGE_COLLECTION, departmentUsageProjection } from '../../../projections/department-usage/department-usage.projection.js';
import { breachRecorded, reviewRequested } from '../../domain/subject/fixture-events.js';
import { ProjectionHarness, projected, stored } from '../support/harness.js';
import { scenarioThrough, storedScenario, SUBJECT_STREAM } from '../support/subject-scenario.js';

const usage = (h: ProjectionHarness, id: string) => h.doc(DEPARTMENT_USAGE_COLLECTION, id);
const zero = { reviewsRequested: 0, reportsUsed: 0, commitmentsTaken: 0, breachesRecorded: 0, checksMade: 0, loanChecks: 0 };

const reportUsed = (usedBy: ReportUsed['data']['usedBy'], usedAt: string): ReportUsed => ({
  type: 'ReportUsed',
  data: { useId: 'US-9', reportKind: 'credit-report', reportId: 'CR-1', usedBy, area: 'procurement-construction-land-tendering', matter: 'tender', agencyExitedForMisconduct: false, usedAt },
});

describe('department-usage projection', () => {
  it('A25: ReviewRequested by a department counts a review requested for it', async () => {
    const event = reviewRequested({ requestedBy: { kind: 'department', departmentId: 'DEP-FINANCE' }, forDepartmentId: 'DEP-FINANCE' });
    const h = await new ProjectionHarness(departmentUsageProjection).apply(stored(SUBJECT_STREAM, 1, event));
    expect(usage(h, 'DEP-FINANCE:2026')).toEqual({ departmentId: 'DEP-FINANCE', year: '2026', userKind: null, ...zero, reviewsRequested: 1, lastCountedAt: '2026-02-02T09:00:00+08:00' });
  });

  it('A25: a review the subject requested naming no department is counted for nobody', () => {
    const event = projected(scenarioThrough('ReviewRequested').at(-1)!);
    expect(departmentUsageProjection.keysFor(event)).toEqual([]);
  });

  it('A25: ReportUsed counts a report used by the department', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...scenarioThrough('ReportUsed'));
    expect(usage(h, 'DEP-FINANCE:2026')).toMatchObject({ userKind: 'department', reportsUsed: 1 });
  });

  it('A29: a user organisation\'s use is counted apart, under its own id, as an organisation', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(stored(SUBJECT_STREAM, 1, reportUsed({ kind: 'organisation', id: 'ORG-CHAMBER' }, '2026-03-02T10:00:00+08:00')));
    expect(usage(h, 'ORG-CHAMBER:2026')).toMatchObject({ departmentId: 'ORG-CHAMBER', userKind: 'organisation', reportsUsed: 1 });
  });

  it('A25: CommitmentMade counts a commitment taken by the department', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...scenarioThrough('CommitmentMade'));
    expect(usage(h, 'DEP-HOUSING:2026')).toMatchObject({ commitmentsTaken: 1 });
  });

  it('A25: BreachRecorded counts a breach recorded by the department', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...scenarioThrough('BreachRecorded', 2));
    expect(usage(h, 'DEP-MARKET:2026')).toMatchObject({ breachesRecorded: 2 });
  });

  it('A25: CommitmentCheckRecorded counts a check made by the department', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...scenarioThrough('CommitmentCheckRecorded'));
    expect(usage(h, 'DEP-HOUSING:2026')).toMatchObject({ commitmentsTaken: 1, checksMade: 1 });
  });

  it('A18: LoanCheckRecorded counts a loan check for the bank', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...scenarioThrough('LoanCheckRecorded'));
    expect(usage(h, 'BANK-1:2026')).toMatchObject({ userKind: 'bank', loanChecks: 1 });
  });

  it('A25: the year is the Asia/Shanghai year (2025-12-31T17:00Z is 2026-01-01 in Kunshan)', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(
      stored(SUBJECT_STREAM, 1, breachRecorded({ recordedAt: '2025-12-31T15:59:00Z' })),
      stored(SUBJECT_STREAM, 2, breachRecorded({ breachId: 'BR-2', recordedAt: '2025-12-31T17:00:00Z' })),
    );
    expect(usage(h, 'DEP-MARKET:2025')).toMatchObject({ breachesRecorded: 1 });
    expect(usage(h, 'DEP-MARKET:2026')).toMatchObject({ breachesRecorded: 1 });
  });

  it('A25: the whole decided stream counts every use once', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...storedScenario());
    expect(usage(h, 'DEP-MARKET:2026')).toMatchObject({ ...zero, breachesRecorded: 2, commitmentsTaken: 1 });
    expect(usage(h, 'DEP-HOUSING:2026')).toMatchObject({ ...zero, commitmentsTaken: 1, checksMade: 1 });
  });

  it('applying the whole stream a second time changes nothing (the _position guard makes counting safe)', async () => {
    const h = await new ProjectionHarness(departmentUsageProjection).apply(...storedScenario());
    const once = h.snapshot();
    await h.apply(...storedScenario());
    await h.apply(storedScenario()[1]!);
    expect(h.snapshot()).toEqual(once);
  });
});
