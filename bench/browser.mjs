// Shared by the benchmarks: serve dist/, start Debian's Chromium with a fresh profile, open the dev host.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const { startStaticServer } = require("../test/e2e/support/staticServer.cjs");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function serveDist(root) {
  const server = await startStaticServer(path.join(root, "dist"));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function openHost(baseUrl, query = "?fresh") {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "cd-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(`${baseUrl}/index.html${query}`);
  await page.waitForFunction(() => window.campaignDesk?.ready === true, null, { timeout: 60000 });
  await page.evaluate(async () => {
    await window.campaignDesk.sim.flushEvents();
    await window.campaignDesk.engine.idle();
  });
  return {
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
