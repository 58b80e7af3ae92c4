import { it, expect, beforeAll, afterAll } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { describeIf } from '../support/describe-if.js';
import { PaintLog, screenshot } from './support/artifacts.js';
import { CHROMIUM_AVAILABLE, launchChromium, sayWhySkipped } from './support/chromium.js';
import { apiGet, documentNow, freshPage, replacing, settled } from './support/console-page.js';
import { startConsoleService, type ConsoleService } from './support/console-service.js';
import { personalDataIn } from './support/personal-data-leaks.js';
import { inOrder, tabUntil } from './support/keyboard.js';
import { ensureDisclosures } from './support/second-page.js';

sayWhySkipped('the public disclosure page in headless Chromium');

interface Disclosure {
  readonly breachClass: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
}

const TABLE = '[data-testid=disclosures]';

/** The decision-document column of the table shown: one value per row, in the page's order. */
const shownDocuments = (page: Page) => page.locator('[data-testid=disclosures] tbody tr td:nth-child(4)').allInnerTexts();

describeIf(CHROMIUM_AVAILABLE)('the public disclosure page in headless Chromium, no sign-in (A9, A28; issue 12)', () => {
  let service: ConsoleService;
  let browser: Browser;
  const paint = new PaintLog('public');

  beforeAll(async () => {
    service = await startConsoleService();
    // More entries than the page shows at once (20), so the pager has a second page.
    await ensureDisclosures(service.baseUrl, service.today, 23);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    paint.write();
    await browser?.close();
    await service?.stop();
  });

  it('A28: no identity number and no person\'s full name anywhere in the DOM, on every page of the list; assets come from the service alone', async () => {
    const { context, page, pageErrors } = await freshPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${service.baseUrl}/ui/disclosures`);
    await settled(page);
    await paint.record(page, 'disclosures');
    await screenshot(page, 'disclosures', ['laptop', 'phone']);
    let personRows = 0;
    let rows = 0;
    for (let pageNumber = 1; ; pageNumber++) {
      await page.locator('[data-testid=disclosures]').waitFor();
      const { html, text } = await documentNow(page);
      expect({ pageNumber, leaks: personalDataIn(html, service.persons) }).toEqual({ pageNumber, leaks: [] });
      expect({ pageNumber, leaks: personalDataIn(text, service.persons) }).toEqual({ pageNumber, leaks: [] });
      rows += await page.locator('[data-testid=disclosures] tbody tr').count();
      personRows += await page.locator('[data-testid=disclosures] tbody tr', { hasText: '自然人' }).count();
      const next = page.locator('nav.pager a[href*="cursor="]');
      if ((await next.count()) === 0) break;
      await replacing(page, TABLE, () => next.click());
      expect(page.url()).toMatch(/cursor=/);
    }
    const all = await apiGet<{ items: Disclosure[] }>(service.baseUrl, '/disclosures?limit=500');
    expect(rows).toBe(all.items.length);
    expect(personRows).toBeGreaterThan(0); // persons are on the page, masked: the check above is not vacuous
    expect(requested.filter((url) => !url.startsWith(`${service.baseUrl}/`))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the filters (class, decision date) make a shareable URL that, opened in a fresh browser, shows the same filtered rows (A9; GET /disclosures filters)', async () => {
    const all = (await apiGet<{ items: Disclosure[] }>(service.baseUrl, '/disclosures?limit=500')).items;
    const serious = all.filter((item) => item.breachClass === 'serious').map((item) => item.decisionDate).sort();
    expect(serious.length).toBeGreaterThan(1);
    const from = serious[1]!; // the oldest serious one falls outside: the date filter bites
    const expected = all.filter((item) => item.breachClass === 'serious' && item.decisionDate >= from).map((item) => item.basisDocument).sort();

    const first = await freshPage(browser);
    await first.page.goto(`${service.baseUrl}/ui/disclosures`);
    await settled(first.page);
    await first.page.selectOption('#f-class', 'serious');
    await first.page.fill('#f-from', from);
    await replacing(first.page, TABLE, () => first.page.locator('form.filters button[type=submit]').click());
    expect(first.page.url()).toMatch(/class=serious/);
    const shared = first.page.url();
    const shownFirst = await shownDocuments(first.page);
    await screenshot(first.page, 'disclosures-filtered');
    await first.context.close();
    expect(new URL(shared).searchParams.get('from')).toBe(from);

    const fresh = await freshPage(browser);
    await fresh.page.goto(shared);
    await settled(fresh.page);
    expect(await fresh.page.inputValue('#f-class')).toBe('serious');
    expect(await fresh.page.inputValue('#f-from')).toBe(from);
    expect(await shownDocuments(fresh.page)).toEqual(shownFirst);
    expect([...shownFirst].sort()).toEqual(expected);
    await fresh.context.close();
  });

  it('shows department names in Chinese, not registry ids, in the table and the department filter (GET /departments/names)', async () => {
    const { context, page } = await freshPage(browser);
    await page.goto(`${service.baseUrl}/ui/disclosures`);
    await settled(page);
    await page.locator('#f-department option').nth(1).waitFor({ state: 'attached', timeout: 5_000 });
    const departments = await page.locator('[data-testid=disclosures] tbody tr td:nth-child(3)').allInnerTexts();
    expect(departments.length).toBeGreaterThan(0);
    expect(departments.filter((name) => /^ks-/.test(name) || !/[\u4e00-\u9fff]/.test(name))).toEqual([]);
    await context.close();
  });

  it('keyboard only: Tab from the top reaches the skip link, the nav, each filter and the button in order, focus always visible; Enter filters; the next page is reachable', async () => {
    const { context, page } = await freshPage(browser);
    await page.goto(`${service.baseUrl}/ui/disclosures`);
    await settled(page);
    const stops = await tabUntil(page, (stop) => stop.at === 'a[/ui/disclosures?cursor]');
    expect(stops[0]!.at).toBe('a.skip');
    const order = ['a.skip', 'a[/ui/disclosures]', '#f-class', '#f-department', '#f-from', '#f-to', 'button "筛选"', 'a[/ui/disclosures?cursor]'];
    expect({ inOrder: inOrder(stops, order), stops: stops.map((stop) => stop.at) }).toEqual({ inOrder: true, stops: expect.any(Array) });
    expect(stops.filter((stop) => stop.outlineStyle === 'none' || stop.outlineWidth === '0px')).toEqual([]);
    await replacing(page, TABLE, () => page.keyboard.press('Enter'));
    expect(page.url()).toMatch(/cursor=/);
    expect(await page.locator('[data-testid=disclosures] tbody tr').count()).toBeGreaterThan(0);

    // From the top again: choose a class with the arrow keys, Tab to the button, Enter submits.
    await page.goto(`${service.baseUrl}/ui/disclosures`);
    await settled(page);
    await tabUntil(page, (stop) => stop.at === '#f-class');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#f-class')).toBe('serious');
    await tabUntil(page, (stop) => stop.at === 'button "筛选"');
    await replacing(page, TABLE, () => page.keyboard.press('Enter'));
    expect(page.url()).toMatch(/class=serious/);
    await context.close();
  });

  it('turns English with the language switch and back to Chinese, remembering the choice across a reload', async () => {
    const { context, page } = await freshPage(browser);
    await page.goto(`${service.baseUrl}/ui/`);
    await settled(page);
    await screenshot(page, 'home', ['laptop', 'phone']);
    await page.goto(`${service.baseUrl}/ui/disclosures`);
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('失信信息公示');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('main h1', { hasText: 'Public breach disclosures' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('[data-testid=disclosures] thead').innerText()).toContain('Subject');
    await screenshot(page, 'disclosures-english');
    await page.reload();
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Public breach disclosures');
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('main h1', { hasText: '失信信息公示' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });
});
