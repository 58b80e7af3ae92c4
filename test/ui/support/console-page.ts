import type { Browser, BrowserContext, Page } from 'playwright-core';
import { VIEWPORTS } from './chromium.js';

/** Where the console keeps the bearer token: this tab's sessionStorage (ui/src/session.ts), never a URL. */
const TOKEN_KEY = 'credit-ledger.token';

/**
 * A fresh browser profile (no token, no language choice) at the laptop width, with every uncaught page
 * error kept. Its clock is in Berlin, not Beijing: the console shows Beijing time whatever the browser's zone.
 */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.laptop, locale: 'zh-CN', timezoneId: 'Europe/Berlin' });
  // Well inside jest's 30 s per test, so a missing element fails with Playwright's message naming it.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, pageErrors };
}

/** The whole document as the browser holds it now (scripts' output included), and the text a reader sees. */
export async function documentNow(page: Page): Promise<{ html: string; text: string }> {
  return { html: (await page.evaluate('document.documentElement.outerHTML')) as string, text: await page.locator('body').innerText() };
}

/** Waits until the page (its heading `heading`, when given) is shown and has no load in flight (the console's `Loading…` status is gone). */
export async function settled(page: Page, heading?: string | RegExp): Promise<void> {
  await page.locator('main h1', heading === undefined ? {} : { hasText: heading }).waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

/**
 * Runs `action` (a click, a key) that loads new data into the page, and waits until what `selector`
 * showed before is gone and the new answer is in: the console renders the next page in place, so
 * the URL changes before the old rows are replaced.
 */
export async function replacing(page: Page, selector: string, action: () => Promise<void>): Promise<void> {
  const before = await page.waitForSelector(selector);
  await action();
  await before.waitForElementState('hidden');
  await settled(page);
  await page.locator(selector).first().waitFor();
}

/** Signs in with a development one-click button (`dev-auditor`, `dev-credit-office`) and waits for the landing page. */
export async function signInWith(page: Page, baseUrl: string, button: 'dev-auditor' | 'dev-credit-office', landing: string): Promise<string> {
  await page.goto(`${baseUrl}/ui/sign-in`);
  await page.locator(`[data-testid=${button}]`).click();
  await page.waitForURL(`**${landing}`);
  const token = (await page.evaluate(`sessionStorage.getItem(${JSON.stringify(TOKEN_KEY)})`)) as string | null;
  if (!token) throw new Error('no token in sessionStorage after signing in');
  return token;
}

/** The API's own answer to the same question, asked with the token the page holds. */
export async function apiGet<T>(baseUrl: string, path: string, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** How the console writes an instant (ui/src/i18n/lang.ts `formatInstant`), computed by the browser itself. */
export function formatInstantIn(page: Page, instant: string | null | undefined, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  return page.evaluate(([value, language]) => {
    if (!value) return '—';
    return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }, [instant ?? null, lang] as const);
}
