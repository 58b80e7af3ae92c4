import { it, expect, beforeAll, afterAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { usccCheckCharacter } from '../../domain/rules/identifiers/uscc.js';
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

  it('A28: an identity number typed into the name box is looked up in a request body; it reaches no address, no request line, no title', async () => {
    const { context, page } = await freshPage(browser);
    await signInWith(page, service.baseUrl, 'dev-auditor', '/ui/subjects');
    // Every person of the demo whose number is also a valid USCC (about 1 in 30) must still be found as a person: take one if there is one.
    const registered = service.persons.filter((record) => record.subjectId.startsWith('P'));
    const person = registered.find((record) => usccCheckCharacter(record.identityNumber.slice(0, 17)) === record.identityNumber.slice(17).toUpperCase()) ?? registered[0]!;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.fill('#q', person.identityNumber);
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForURL(`**/ui/subjects/${person.subjectId}`);
    await settled(page);
    expect(await page.locator('[data-testid=timeline] li').count()).toBeGreaterThan(0);
    const seen = [...requested, page.url(), await page.title(), await page.locator('body').innerText()];
    expect(seen.filter((text) => text.toUpperCase().includes(person.identityNumber.toUpperCase()))).toEqual([]);
    expect(requested.some((url) => url.endsWith('/subjects/lookup'))).toBe(true); // it went in a POST body
    await context.close();
  });

  it('A14, A19, A11: each report\'s validity bar says its dates, and each review window numbers the 5 working days after receipt on the service\'s calendar', async () => {
    const { context, page } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-credit-office', '/ui/oversight');
    const expiring = await apiGet<{ items: { subjectId: string; kind: string }[] }>(service.baseUrl, '/reports/expiring?days=365&limit=100', token);
    const subjectId = expiring.items.find((item) => item.kind === 'review-report')!.subjectId;
    const section = await apiGet<{ items: { record: ReviewShape }[] }>(service.baseUrl, `/subjects/${subjectId}/state?section=reviews&limit=1000`, token);
    await page.goto(`${service.baseUrl}/ui/subjects/${subjectId}`);
    await settled(page);
    const barTexts = await page.locator('[data-testid=validity-bars] .bar-text').allInnerTexts();
    const reviews = section.items.map((item) => item.record);
    for (const review of reviews.filter((r) => r.report !== null))
      expect(barTexts.some((text) => text.startsWith(`${review.report!.validity.issuedOn} – ${review.report!.validity.validThrough}`))).toBe(true);
    const windows = page.locator('[data-testid=review-window]');
    expect(await windows.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await windows.count()); i++) {
      const window = windows.nth(i);
      await window.locator('li.day').first().waitFor();
      const reviewId = await window.getAttribute('data-review');
      const review = reviews.find((r) => r.reviewId === reviewId)!;
      const cells = await window.locator('li.day').evaluateAll((items) => items.map((item) => ({ kinds: item.className, n: item.querySelector('.n')?.textContent ?? '' })));
      const days = await apiGet<{ days: { date: string; kind: string }[] }>(service.baseUrl, `/calendar/days?from=${beijingDate(review.receivedAt)}&to=${addDays(beijingDate(review.receivedAt), cells.length - 1)}`);
      // Each cell is the calendar's day; the day of receipt is not counted; the deadline is the 5th working day (A11).
      expect(cells.map((cell) => cell.kinds.split(' ')[1])).toEqual(days.days.map((day) => day.kind));
      const dueIndex = days.days.findIndex((day) => day.date === review.dueDate);
      expect(cells[dueIndex]).toMatchObject({ n: '5' });
      expect(cells[dueIndex]!.kinds).toContain('due');
      expect(cells[0]).toMatchObject({ n: '·' });
    }
    await screenshot(page, 'subject-reviews', ['laptop', 'phone']);
    await context.close();
  });

  it('auditor: the subject page checks the subject\'s ledger proof in the browser (issue 13): every event in the signed tree, the signature verified', async () => {
    const { context, page } = await freshPage(browser);
    const token = await signInWith(page, service.baseUrl, 'dev-auditor', '/ui/subjects');
    const { subjectId } = await correctedObjection(service.baseUrl);
    const bundle = await apiGet<{ events: unknown[] }>(service.baseUrl, `/subjects/${subjectId}/ledger-bundle`, token);
    await page.goto(`${service.baseUrl}/ui/subjects/${subjectId}`);
    await settled(page);
    const badge = page.locator('[data-testid=ledger-proof][data-status=verified]');
    await badge.waitFor();
    expect(await badge.innerText()).toContain(`已验证：${bundle.events.length} 个事件`);
    expect(await badge.innerText()).not.toContain('离线验证器'); // the signature itself was checked (WebCrypto Ed25519)
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
      // The codes as the history gives them on the element; on screen, A9 reads 第9条 (the console is in Chinese here).
      const cited = page.locator(`[data-testid=timeline] li[data-revision="${event.revision}"] .articles`);
      const expected = (event.articles ?? []).join(' ');
      const shown = (await cited.count()) === 0 ? { codes: '', text: '' } : { codes: await cited.getAttribute('data-articles'), text: await cited.innerText() };
      expect({ revision: event.revision, codes: shown.codes }).toEqual({ revision: event.revision, codes: expected });
      for (const code of event.articles ?? []) if (/^A\d+$/.test(code)) expect(shown.text).toContain(`第${code.slice(1)}条`);
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

interface ReviewShape {
  readonly reviewId: string;
  readonly receivedAt: string;
  readonly dueDate: string;
  readonly report: null | { readonly validity: { readonly issuedOn: string; readonly validThrough: string } };
}

/** The Beijing date of an instant. */
function beijingDate(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

