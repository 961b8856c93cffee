// Shared by the benchmarks: serve dist/, start Debian's Chromium with a fresh profile, open the dev host.
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { startStaticServer } = require("../test/e2e/support/staticServer.cjs");
const { CHROMIUM, launchChromium } = require("../test/e2e/support/chromium.cjs");

export { CHROMIUM };

export async function serveDist(root) {
  const server = await startStaticServer(path.join(root, "dist"));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function openHost(baseUrl, query = "?fresh") {
  const session = await launchChromium("cd-bench-");
  const { page } = session;
  await page.goto(`${baseUrl}/index.html${query}`);
  await page.waitForFunction(() => window.campaignDesk?.ready === true, null, { timeout: 60000 });
  await page.evaluate(async () => {
    await window.campaignDesk.sim.flushEvents();
    await window.campaignDesk.engine.idle();
  });
  return { page, close: session.close };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
