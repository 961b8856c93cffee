// Shared by the benchmarks: serve dist/, start Debian's Chromium with a fresh profile, open the dev host.
import fs from "node:fs";
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
  await page.evaluate(installRawPut);
  const trace = process.env.BENCH_TRACE ? await startTrace(page) : null;
  const close = async () => {
    if (trace) await trace.save(process.env.BENCH_TRACE);
    await session.close();
  };
  return { page, close, profile: session.profile };
}

/**
 * BENCH_TRACE=file.json: a Chrome trace (CPU samples of the page and the plan worker) from the host being ready to
 * its close, for chrome://tracing or the DevTools Performance panel — where a bench's time goes.
 */
async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Tracing.start", {
    transferMode: "ReturnAsStream",
    categories: "-*,devtools.timeline,v8.execute,disabled-by-default-v8.cpu_profiler",
  });
  return {
    async save(file) {
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      const { stream } = await complete;
      const chunks = [];
      for (let eof = false; !eof;) {
        const read = await cdp.send("IO.read", { handle: stream, size: 1 << 20 });
        chunks.push(read.base64Encoded ? Buffer.from(read.data, "base64").toString() : read.data);
        eof = read.eof;
      }
      fs.writeFileSync(file, chunks.join(""));
    },
  };
}

/**
 * Runs in the page: defines `window.benchRawPutMs(records, keyPath)`, the IndexedDB floor the benchmarks
 * compare against — ms to put `records` one record each, with the raw API, in one transaction of a fresh database.
 */
function installRawPut() {
  window.benchRawPutMs = (records, keyPath) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open(`bench-floor-${Math.round(performance.now())}`, 1);
      open.onupgradeneeded = () => open.result.createObjectStore("records", { keyPath });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const start = performance.now();
        const tx = db.transaction("records", "readwrite");
        const os = tx.objectStore("records");
        for (const r of records) os.put(r);
        tx.oncomplete = () => {
          db.close();
          resolve(performance.now() - start);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
}

/**
 * In the page: the pricing catalogue (1,000 items) and `lines` discount lines pasted on the campaign's own sheet, as
 * a person pastes them, settled. Returns the sheet's name. Setup for the benches of a big workbook, not timed.
 */
export function pasteCampaignLines(page, campaign, lines) {
  return page.evaluate(
    async ({ lines, campaign }) => {
      const cd = window.campaignDesk;
      await cd.fixtures.seedPricingSetup(1000);
      await cd.engine.bind("salesLineDiscount", { campaignNo: campaign });
      await cd.engine.idle();
      const sheet = cd.engine.getState().bindings.find((b) => b.scope?.campaignNo === campaign).sheetName;
      cd.sim.setActiveSheet(sheet);
      cd.sim.userSelect({ sheetName: sheet, row: 1, col: 0 });
      await new Promise((r) => requestAnimationFrame(r));
      const data = new DataTransfer();
      data.setData("text/plain", cd.fixtures.campaignDiscountLines(campaign, lines, 0).tsv);
      const grid = document.querySelector('[data-testid="grid"]');
      grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      await cd.sim.flushEvents();
      await cd.engine.idle();
      return sheet;
    },
    { lines, campaign },
  );
}

/** Every BENCH line printed this run (for the side-by-side table when comparing builds). */
export const reported = [];
let buildLabel = null;

/** Labels the lines that follow with the build they measured (when two builds are compared in one run). */
export function labelBuild(label) {
  buildLabel = label;
}

/** Prints one result as a `BENCH {json}` line. */
export function report(result) {
  const line = buildLabel ? { ...result, build: buildLabel } : result;
  reported.push(line);
  console.log(`BENCH ${JSON.stringify(line)}`);
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
