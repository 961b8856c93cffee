// Paste N campaign rows into the dev host's Campaigns sheet (through the grid's paste handler) and measure
// ms from paste to persisted, Excel syncs and bytes, against a raw IndexedDB bulk insert of the same
// records measured in the same page (the floor).
import { median, openHost, report } from "./browser.mjs";

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

async function once(baseUrl, n) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    return await host.page.evaluate(async (n) => {
      const cd = window.campaignDesk;
      const binding = cd.engine.getState().bindings.find((b) => b.entity === "campaign");
      const sheet = binding.sheetName;
      // Sheets that depend on campaigns reconcile after it: keep the campaign sheet's own report.
      let report = null;
      const stop = cd.engine.subscribe((s) => {
        if (s.lastReport?.bindingId === binding.id) report = s.lastReport;
      });
      const lines = [];
      for (let i = 0; i < n; i++) {
        const d = String((i % 28) + 1).padStart(2, "0");
        lines.push(
          [
            `B${String(i).padStart(6, "0")}`,
            `Bench campaign ${i}`,
            `2026-04-${d}`,
            `2026-10-${d}`,
            i % 2 ? "JR" : "PS",
            "PLANNED",
          ].join("\t"),
        );
      }
      const tsv = lines.join("\r\n");
      cd.sim.setActiveSheet(sheet);
      cd.sim.userSelect({ sheetName: sheet, row: 5, col: 0 });
      await new Promise((r) => requestAnimationFrame(r));
      const grid = document.querySelector('[data-testid="grid"]');
      const before = cd.sim.counters();

      const t0 = performance.now();
      const data = new DataTransfer();
      data.setData("text/plain", tsv);
      grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      // The grid's paste handler is synchronous: here the (simulated) Excel has applied the paste.
      const pasted = performance.now();
      await cd.sim.flushEvents();
      await cd.engine.idle();
      stop();
      const after = cd.sim.counters();
      if (!report || report.puts < n) throw new Error(`expected ${n} puts, report: ${JSON.stringify(report)}`);

      // The floor: the very records the engine stored, put with raw IndexedDB in one transaction, one record per
      // campaign keyed by its no. (what the issue compares with).
      const records = await new Promise((resolve, reject) => {
        const open = indexedDB.open(cd.dbName);
        open.onsuccess = () => {
          // Campaigns are kept in buckets (ST15): the floor puts their rows one record each.
          const range = IDBKeyRange.bound("campaign:", "campaign:\uffff");
          const req = open.result.transaction("lineBuckets").objectStore("lineBuckets").getAll(range);
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result.flatMap((b) => b.rows).filter((r) => r.no.startsWith("B")));
          };
          req.onerror = () => reject(req.error);
        };
      });
      const floorMs = await window.benchRawPutMs(records, "no");
      return {
        persistedMs: report.committedAtMs - pasted,
        // From the paste to the table's reconcile starting (the engine waking): where the time before `read` goes.
        startedMs: report.startedAtMs - pasted,
        persistedFromKeystrokeMs: report.committedAtMs - t0,
        finishedMs: report.finishedAtMs - pasted,
        report,
        floorMs,
        syncs: after.syncs - before.syncs,
        bytes: after.bytesSent - before.bytesSent + (after.bytesReceived - before.bytesReceived),
        largestRequest: after.largestRequest,
        largestResponse: after.largestResponse,
        stored: records.length,
      };
    }, n);
  } finally {
    await host.close();
  }
}

export async function benchPasteCampaigns(baseUrl, n = 10000, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(baseUrl, n));
  const ms = median(results.map((r) => r.persistedMs));
  const floorMs = median(results.map((r) => r.floorMs));
  const last = results[results.length - 1];
  const syncs = last.syncs;
  const out = {
    name: `paste-${n / 1000}k-campaigns`,
    n,
    ms: Math.round(ms),
    floorMs: Math.round(floorMs),
    ratio: Number((ms / floorMs).toFixed(2)),
    syncs,
    bytesPerSync: Math.round(last.bytes / Math.max(1, syncs)),
    maxRequestBytes: last.largestRequest,
    maxResponseBytes: last.largestResponse,
    syncBudget: Math.ceil(last.bytes / PAYLOAD_LIMIT) + 3,
    msToWrittenBack: Math.round(median(results.map((r) => r.finishedMs))),
    msIncludingSimulatedPaste: Math.round(median(results.map((r) => r.persistedFromKeystrokeMs))),
    phasesMs: {
      started: Math.round(last.startedMs),
      read: Math.round(last.report.readMs),
      plan: Math.round(last.report.planMs),
      commit: Math.round(last.report.commitMs),
      write: Math.round(last.report.writeMs),
    },
    runs,
    allMs: results.map((r) => Math.round(r.persistedMs)),
  };
  out.targetsMet =
    out.ratio <= 1.3 && // issue #14: 1.3 (was 1.5)
    out.syncs <= out.syncBudget &&
    out.maxRequestBytes <= PAYLOAD_LIMIT &&
    out.maxResponseBytes <= PAYLOAD_LIMIT;
  report(out);
  return out;
}
