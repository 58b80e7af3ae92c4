import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (`.ci/run` installs it with apt when it is missing), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Whether the browser suites can run; where they cannot, each says so in one line and jest counts them SKIPPED. */
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);

export function sayWhySkipped(suite: string): void {
  if (!CHROMIUM_AVAILABLE) console.log(`SKIPPED ${suite}: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium fonts-wqy-microhei)`);
}

/** Headless Chromium with nothing of its own on the network (no updates, sync or prefetch): only the service is reached. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A laptop and a phone, the two widths the console is made for (issue 12). */
export const VIEWPORTS = {
  laptop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
