import { it, expect, beforeAll, afterAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { describeIf } from '../support/describe-if.js';
import { PaintLog, screenshot } from './support/artifacts.js';
import { CHROMIUM_AVAILABLE, launchChromium, sayWhySkipped } from './support/chromium.js';
import { apiGet, formatInstantIn, freshPage, replacing, settled, signInWith } from './support/console-page.js';
import { SECTIONS, USAGE_METRICS, type CaseFile, type DepartmentNames, type StateAnswer, type UsageAnswer } from './support/api-shapes.js';
import { shanghaiToday, startConsoleService, type ConsoleService } from './support/console-service.js';
import { beijingMinute, correctedObjection, historyOf } from './support/demo-cases.js';

sayWhySkipped('the signed-in console pages in headless Chromium');

describeIf(CHROMIUM_AVAILABLE)('the console signed in, in headless Chromium: the auditor\'s subject page, the oversight dashboard, a dispute case file (issue 12)', () => {
  let service: ConsoleService;
  let browser: Browser;
  const paint = new PaintLog('signed-in');

  beforeAll(async () => {
    service = await startConsoleService();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    paint.write();
    await browser?.close();
    await service?.stop();
  });

  it('auditor: signs in with the development button, finds a subject by its USCC, moves the date picker to a past instant and sees the state as-of API\'s answer (revision and every count)', async () => {
    const { context, page, pageErrors } = await freshPage(browser);
    await page.goto(`${service.baseUrl}/ui/sign-in`);
    await page.locator('[data-testid=dev-auditor]').waitFor();
    await screenshot(page, 'sign-in', ['laptop', 'phone']);
    const token = await signInWith(page, service.baseUrl, 'dev-auditor', '/ui/subjects');
    await settled(page);
    await screenshot(page, 'subject-search');
    // The corrected objection's organisation: a breach, an objection, its forwarding, decision and correction.
    const { subjectId } = await correctedObjection(service.baseUrl);
    await page.fill('#q', subjectId);
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForURL(`**/ui/subjects/${subjectId}`);
    await page.reload(); // a first load of the subject page, for its paint timing
    await settled(page);
    await paint.record(page, 'subject');
    await screenshot(page, 'subject', ['laptop', 'phone']);

    const history = await historyOf(service.baseUrl, subjectId, token);
    const latest = history.at(-1)!.revision;
    const past = history[Math.floor(history.length / 2)]!;
    const picked = beijingMinute(past.when);
    await page.fill('#asof', picked);
    await replacing(page, '[data-testid=state]', () => page.locator('form.asof button[type=submit]').click());
    expect(await page.locator('#state-title').innerText()).toMatch(/^截至 /);
    const asOf = `${picked}:00+08:00`;
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(asOf);
    const api = await apiGet<StateAnswer>(service.baseUrl, `/subjects/${subjectId}/state?asOf=${encodeURIComponent(asOf)}&limit=100`, token);
    expect(api.revision).toBeLessThan(latest); // a real step back in time
    const shown = { revision: await page.locator('[data-testid=state-revision]').innerText(), counts: {} as Record<string, string> };
    for (const section of SECTIONS) shown.counts[section] = await page.locator(`[data-testid=count-${section}]`).innerText();
    const expected = { revision: String(api.revision), counts: Object.fromEntries(SECTIONS.map((section) => [section, String((api.state?.[section] as { count: number } | undefined)?.count ?? 0)])) };
    expect(shown).toEqual(expected);
    // The timeline still lists every event; those after the chosen instant are set apart.
    expect(await page.locator('[data-testid=timeline] li[data-revision]').count()).toBe(history.length);
    expect(await page.locator('[data-testid=timeline] li.later').count()).toBe(history.filter((event) => Date.parse(event.when) > Date.parse(asOf)).length);
    await screenshot(page, 'subject-asof');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('auditor: the timeline\'s kind filter hides that kind and shows it again', async () => {
    const { context, page } = await freshPage(browser);
    await signInWith(page, service.baseUrl, 'dev-auditor', '/ui/subjects');
    await page.goto(`${service.baseUrl}/ui/subjects/${(await correctedObjection(service.baseUrl)).subjectId}`);
    await settled(page);
    const events = page.locator('[data-testid=timeline] li[data-revision]');
    const all = await events.count();
    const filter = page.locator('[data-testid^=filter-]').first();
    const family = (await filter.getAttribute('data-testid'))!.replace('filter-', '');
    const ofFamily = await page.locator(`[data-testid=timeline] li.family-${family}`).count();
    expect(ofFamily).toBeGreaterThan(0);
    await filter.uncheck();
    expect(await events.count()).toBe(all - ofFamily);
    await filter.check();
    expect(await events.count()).toBe(all);
    await context.close();
  });

  it('auditor: each event of the timeline cites the articles the history gives it (history articles[])', async () => {
    const { context, page } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-auditor', '/ui/subjects');
    const { subjectId } = await correctedObjection(service.baseUrl);
    await page.goto(`${service.baseUrl}/ui/subjects/${subjectId}`);
    await settled(page);
    const history = await historyOf(service.baseUrl, subjectId, token);
    expect(history.filter((event) => (event.articles ?? []).length > 0).length).toBeGreaterThan(0);
    for (const event of history) {
      const cited = page.locator(`[data-testid=timeline] li[data-revision="${event.revision}"] .articles`);
      const expected = (event.articles ?? []).join(' ');
      expect({ revision: event.revision, shown: (await cited.count()) === 0 ? '' : await cited.innerText() }).toEqual({ revision: event.revision, shown: expected });
    }
    await context.close();
  });

  it('auditor: finds an organisation by the beginning of its name and opens it from the results (GET /subjects?q=)', async () => {
    const { context, page } = await freshPage(browser);
    await signInWith(page, service.baseUrl, 'dev-auditor', '/ui/subjects');
    const { items } = await apiGet<{ items: { subject: { name?: string | null; uscc?: string | null } }[] }>(service.baseUrl, '/disclosures?limit=500');
    const organisation = items.map((item) => item.subject).find((subject) => subject.uscc && subject.name)!;
    await page.fill('#q', organisation.name!.slice(0, 6));
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForURL(/\/ui\/subjects\?q=/);
    await page.locator('[data-testid=subject-results] a', { hasText: organisation.name! }).click({ timeout: 5_000 });
    await page.waitForURL(`**/ui/subjects/${organisation.uscc}`);
    await context.close();
  });

  it('credit office: the oversight dashboard lists the overdue objection and links to its case file (A11)', async () => {
    const { context, page, pageErrors } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-credit-office', '/ui/oversight');
    await settled(page);
    await page.reload();
    await settled(page);
    await paint.record(page, 'oversight');
    await screenshot(page, 'oversight', ['laptop', 'phone']);
    const overdue = await apiGet<{ items: { objectionId: string }[] }>(service.baseUrl, '/objections/overdue?limit=20', token);
    expect(overdue.items.length).toBeGreaterThan(0); // the demo's open overdue objection, placed relative to today
    await page.locator('[data-testid=overdue-objections] a[href^="/ui/disputes/"]').first().click();
    await page.waitForURL('**/ui/disputes/**');
    await settled(page, '异议案卷');
    await screenshot(page, 'dispute', ['laptop', 'phone']);
    const objectionId = decodeURIComponent(new URL(page.url()).pathname.replace('/ui/disputes/', ''));
    expect(overdue.items.map((item) => item.objectionId)).toContain(objectionId);
    const file = await apiGet<CaseFile>(service.baseUrl, `/disputes/${encodeURIComponent(objectionId)}`, token);
    expect(await page.locator('[data-testid=outcome]').getAttribute('class')).toContain(file.outcome === null ? 'open' : 'ok');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('credit office: each department\'s use of the credit products this year (A25) is charted with the numbers of its usage route', async () => {
    const { context, page } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-credit-office', '/ui/oversight');
    await page.locator('[data-testid=usage-chart]').waitFor({ timeout: 5_000 });
    const year = shanghaiToday().slice(0, 4);
    const departments = (await apiGet<DepartmentNames>(service.baseUrl, '/departments/names?limit=500')).items.filter((item) => item.successorId === null);
    const rows = new Map<string, string[]>();
    // The numbers' table sits in a closed <details> (the chart's text for screen readers): read its text content.
    for (const row of await page.locator('[data-testid=usage-chart] tbody tr').all()) rows.set((await row.locator('th').textContent()) ?? '', await row.locator('td').allTextContents());
    expect(rows.size).toBe(departments.length);
    for (const department of departments.slice(0, 5)) {
      const usage = await apiGet<UsageAnswer>(service.baseUrl, `/departments/${department.departmentId}/usage?year=${year}`, token);
      expect({ department: department.name, shown: rows.get(department.name) }).toEqual({ department: department.name, shown: USAGE_METRICS.map((metric) => String(usage.total[metric])) });
    }
    await context.close();
  });

  it('investigator: an overdue dispute\'s deadlines in working days, and what is due next, equal the case file (A11, SH-SCR 36–38)', async () => {
    const { context, page } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-credit-office', '/ui/oversight');
    const [overdue] = (await apiGet<{ items: { objectionId: string }[] }>(service.baseUrl, '/objections/overdue?limit=1', token)).items;
    await page.goto(`${service.baseUrl}/ui/disputes/${encodeURIComponent(overdue!.objectionId)}`);
    await settled(page);
    const file = await apiGet<CaseFile>(service.baseUrl, `/disputes/${encodeURIComponent(overdue!.objectionId)}`, token);
    const steps = file.deadlineSteps ?? [];
    expect(steps.map((step) => step.step)).toEqual(['forward', 'center-decision', 'department-decision']);
    const shown = [];
    for (const row of await page.locator('[data-testid=deadlines] tbody tr[data-step]').all())
      shown.push({ step: await row.getAttribute('data-step'), status: await row.getAttribute('data-status'), due: await row.locator('[data-testid=step-due]').innerText(), state: await row.locator('[data-testid=step-status]').innerText() });
    const expected = [];
    for (const step of steps) {
      // A running step past its due day says how many working days it is overdue.
      const state = step.status === 'running' && step.workingDaysLeft !== null && step.workingDaysLeft < 0 ? expect.stringContaining(String(-step.workingDaysLeft)) : expect.any(String);
      expected.push({ step: step.step, status: step.status, due: await formatInstantIn(page, step.dueAt), state });
    }
    expect(shown).toEqual(expected);
    expect(file.dueNext).toBeTruthy(); // an open objection has a decision deadline in force
    expect(await page.locator('[data-testid=due-next]').innerText()).toContain(await formatInstantIn(page, file.dueNext!.dueAt));
    await context.close();
  });

  it('investigator: a corrected objection\'s case file shows the public disclosure before and after the decision (A9)', async () => {
    const { context, page } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-credit-office', '/ui/oversight');
    const corrected = await correctedObjection(service.baseUrl);
    await page.goto(`${service.baseUrl}/ui/disputes/${encodeURIComponent(corrected.objectionId)}`);
    await settled(page);
    await screenshot(page, 'dispute-decided');
    const file = await apiGet<CaseFile>(service.baseUrl, `/disputes/${encodeURIComponent(corrected.objectionId)}`, token);
    expect(file.disclosure).toBeDefined();
    for (const [side, entry] of [['before', file.disclosure?.beforeDecision], ['after', file.disclosure?.afterDecision]] as const) {
      const card = page.locator(`[data-testid=disclosure-${side}]`);
      if (entry) expect(await card.locator(`[data-testid=disclosure-${side}-through]`).innerText()).toBe(entry.disclosedThrough);
      else expect(await card.innerText()).toContain('不予公示');
    }
    await context.close();
  });
});
