/** Debian's Chromium driven by playwright-core, with a fresh profile (real IndexedDB) per test file. */
import fs from "fs";
import type { BrowserContext, Page } from "playwright-core";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chromium = require("./chromium.cjs") as {
  CHROMIUM: string;
  launchChromium(prefix: string): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;
};

export const CHROMIUM = chromium.CHROMIUM;

/** In CI a missing browser is a failure; on a developer machine the e2e suite says how to get it. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium package.`);
  console.warn(`e2e: ${CHROMIUM} not found — install it with: apt-get install chromium (or set CHROMIUM_PATH).`);
  return false;
}

export function launch(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  return chromium.launchChromium("cd-e2e-");
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the e2e suite with `npm run test:e2e`.");
  return url;
}
