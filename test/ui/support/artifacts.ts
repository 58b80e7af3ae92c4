import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../support/child-process.js';
import { VIEWPORTS } from './chromium.js';

/** Screenshots and measurements the browser suites leave for people to look at (gitignored; CI keeps them). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts', 'ui');

/**
 * A full-page screenshot `<name>-<width>.png` at each of `widths`; the page is left at the laptop width.
 * At every width the page must fit: nothing wider than the window (no sideways scrolling on a phone).
 */
export async function screenshot(page: Page, name: string, widths: readonly (keyof typeof VIEWPORTS)[] = ['laptop']): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const width of widths) {
    await page.setViewportSize(VIEWPORTS[width]);
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${width}.png`), fullPage: true });
    const fit = (await page.evaluate('({ page: document.documentElement.scrollWidth, window: window.innerWidth })')) as { page: number; window: number };
    expect({ name, width, fits: fit.page <= fit.window }).toEqual({ name, width, fits: true });
  }
  await page.setViewportSize(VIEWPORTS.laptop);
}

interface PaintEntry {
  readonly name: string;
  readonly startTime: number;
}

/**
 * First paint is a performance claim (under 1 s on the demo data): measured, never asserted in a test.
 * Each page's paint entries, as the browser recorded them, go to `paint-<suite>.json` for the lead.
 */
export class PaintLog {
  private readonly pages: Record<string, { url: string; paint: PaintEntry[] }> = {};
  constructor(private readonly suite: string) {}

  async record(page: Page, name: string): Promise<void> {
    const paint = (await page.evaluate("performance.getEntriesByType('paint').map((entry) => ({ name: entry.name, startTime: entry.startTime }))")) as PaintEntry[];
    this.pages[name] = { url: page.url(), paint };
  }

  write(): void {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = { suite: this.suite, recordedAt: new Date().toISOString(), note: 'milliseconds from navigation start, headless Chromium on the seeded demo; not asserted', pages: this.pages };
    writeFileSync(join(ARTIFACTS_DIR, `paint-${this.suite}.json`), `${JSON.stringify(file, null, 2)}\n`);
  }
}
