// The machine's Chromium through playwright-core, launched as the repo's browser tests launch it.
import { chromiumLaunchOptions } from '@chitieu/toolchain/chromium';
import { chromium, type Browser } from 'playwright-core';

/** A headless Chromium with the toolchain's flags (no sandbox, no Google lookups, no GPU). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions(), timeout: 30_000 });
}

/** Chromium's version string, for the report. */
export function browserVersion(browser: Browser): string {
  return `Chromium ${browser.version()}`;
}
