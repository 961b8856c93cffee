// Paste N discount lines into one campaign's own sheet in the dev host, every second one bad (issue #12, F2), and
// measure: ms from paste to written back; flagged = bad lines whose Status cell says why; stored = lines in the store;
// duplicates = stored lines beyond one per BC key, after a second reconcile of the same sheet (a retry must not store
// the good lines again); the renderer's peak memory (VmHWM of its processes, and the JS heap sampled every 250 ms).
import fs from "node:fs";
import { openHost, report } from "./browser.mjs";

const CAMPAIGN = "CP0002";

/**
 * Peak resident memory (VmHWM, MB) of each renderer process of the Chromium started on the profile at `profile`
 * (a renderer rewrites its command line as one space-separated text; it names the profile and `--type=renderer`).
 */
function rendererPeaksMb(profile) {
  const peaks = [];
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (!text.includes(profile) || !/ --type=renderer( |$)/.test(text)) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) peaks.push(Math.round(Number(hwm[1]) / 1024));
    } catch {
      // the process ended meanwhile
    }
  }
  return peaks;
}

export async function benchPasteHalfBad(baseUrl, n = 200000) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  const cdp = await host.page.context().newCDPSession(host.page);
  await cdp.send("Performance.enable");
  let heapPeak = 0;
  let renderers = [];
  const sample = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
    const peaks = rendererPeaksMb(host.profile);
    if (peaks.length > 0) renderers = peaks;
  };
  const sampler = setInterval(() => void sample().catch(() => undefined), 250);
  try {
    const result = await host.page.evaluate(
      async ({ n, campaign }) => {
        const cd = window.campaignDesk;
        await cd.fixtures.seedPricingSetup(1000);
        await cd.engine.bind("salesLineDiscount", { campaignNo: campaign });
        await cd.engine.idle();
        const binding = cd.engine.getState().bindings.find((b) => b.scope?.campaignNo === campaign);
        const sheet = binding.sheetName;
        const { tsv, bad } = cd.fixtures.campaignDiscountLines(campaign, n, n / 2);
        cd.sim.setActiveSheet(sheet);
        cd.sim.userSelect({ sheetName: sheet, row: 1, col: 0 });
        await new Promise((r) => requestAnimationFrame(r));
        const grid = document.querySelector('[data-testid="grid"]');
        const data = new DataTransfer();
        data.setData("text/plain", tsv);
        const pasted = performance.now();
        grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        await cd.sim.flushEvents();
        await cd.engine.idle();
        const ms = performance.now() - pasted;
        const error = cd.engine.getState().error ?? null;
        // A retry of the same sheet: the good lines carry their ids now, nothing is stored again.
        await cd.engine.reconcile(binding.id);
        await cd.sim.flushEvents();
        await cd.engine.idle();
        let statusCol = -1;
        for (let c = 0; c < 40 && statusCol < 0; c++) if (cd.sim.cell(sheet, 0, c).value === "Status") statusCol = c;
        let flagged = 0;
        for (const b of bad) if (String(cd.sim.cell(sheet, b.row + 1, statusCol).value ?? "") !== "") flagged++;
        const records = (await cd.store.loadRows("salesLineDiscount")).filter((r) => r.salesCode === campaign);
        const key = (r) =>
          [r.type, r.code, r.variantCode, r.unitOfMeasureCode, r.currencyCode, r.minimumQuantity, r.startingDate].join(
            "|",
          );
        const keys = new Set(records.map(key));
        return {
          ms,
          bad: bad.length,
          flagged,
          stored: records.length,
          duplicates: records.length - keys.size,
          error: error && JSON.stringify(error).slice(0, 300),
        };
      },
      { n, campaign: CAMPAIGN },
    );
    await sample();
    const out = {
      name: `paste-${n / 1000}k-half-bad`,
      n,
      ms: Math.round(result.ms),
      bad: result.bad,
      flagged: result.flagged,
      stored: result.stored,
      duplicates: result.duplicates,
      rendererPeakMb: renderers.reduce((most, mb) => Math.max(most, mb), 0),
      jsHeapPeakMb: Math.round(heapPeak / (1024 * 1024)),
      ...(result.error ? { error: result.error } : {}),
    };
    out.targetsMet = out.flagged === out.bad && out.stored === n - out.bad && out.duplicates === 0;
    report(out);
    return out;
  } finally {
    clearInterval(sampler);
    await host.close();
  }
}
