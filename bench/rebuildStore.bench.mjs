// Issue #10, `rebuild-store-100k`: a workbook of 10k campaigns, 100k discount lines and 50k segment lines, built by
// pasting (timed: paste → idle, summed), saved as the dev host's file (a simulator snapshot, not .xlsx), its store
// deleted, and opened again: the store is rebuilt from the workbook (timed: the pane's start to idle). Target:
// rebuild ≤ 1.5 × paste. Setup (items, contacts, segment headers) is not timed.
import { openHost, report } from "./browser.mjs";

const CAMPAIGNS = 10000;
const LINES = 100000;
const SEGMENTS = 10;
const PER_SEGMENT = 5000;

async function pasteAll(page) {
  return page.evaluate(
    async ({ campaigns, lines, segments, perSegment }) => {
      const cd = window.campaignDesk;
      const grid = () => document.querySelector('[data-testid="grid"]');
      /** Pastes TSV at row 1 of a bound sheet through the grid; resolves at idle with the ms it took. */
      const paste = async (sheet, row, tsv) => {
        cd.sim.setActiveSheet(sheet);
        cd.sim.userSelect({ sheetName: sheet, row, col: 0 });
        await new Promise((r) => requestAnimationFrame(r));
        const data = new DataTransfer();
        data.setData("text/plain", tsv);
        const t0 = performance.now();
        grid().dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        await cd.sim.flushEvents();
        await cd.engine.idle();
        return performance.now() - t0;
      };
      const sheetOf = (entity, scope) =>
        cd.engine
          .getState()
          .bindings.find(
            (b) =>
              b.entity === entity &&
              b.scope?.campaignNo === scope?.campaignNo &&
              b.scope?.segmentNo === scope?.segmentNo,
          ).sheetName;

      // Not timed: the catalogue, the contacts the segment lines name, the segment headers and their sheets.
      await cd.fixtures.seedPricingSetup(1000);
      await cd.fixtures.seedContacts(Math.ceil(perSegment / 3));
      const contactNos = (await cd.store.loadRows("contact")).map((c) => c.no).slice(0, perSegment);
      const segmentNos = [];
      for (let s = 0; s < segments; s++) {
        const header = {
          no: "",
          description: `Rebuild bench ${s}`,
          campaignNo: "CP0003",
          campaignTarget: s === 0,
          campaignResponse: false,
          salespersonCode: "",
          interactionTemplateCode: "",
          unitCost: 1,
          unitDuration: 0,
          date: "2026-09-01",
        };
        const saved = await cd.engine.saveSegment(header, { isNew: true, applyToLines: false });
        await cd.engine.bind("segmentLine", { segmentNo: saved.no });
        segmentNos.push(saved.no);
      }
      await cd.engine.bind("salesLineDiscount", { campaignNo: "CP0002" });
      await cd.engine.idle();

      const timed = {};
      const campaignRows = Array.from({ length: campaigns }, (_, i) =>
        [`R${String(i).padStart(6, "0")}`, `Rebuild campaign ${i}`, "2026-04-01", "2026-10-31", "JR", "PLANNED"].join(
          "\t",
        ),
      );
      const campaignSheet = sheetOf("campaign");
      const used = cd.engine.getState().bindings.find((b) => b.entity === "campaign").rows;
      timed.campaignsMs = await paste(campaignSheet, used + 1, campaignRows.join("\r\n"));
      const { tsv } = cd.fixtures.campaignDiscountLines("CP0002", lines, 0);
      timed.discountsMs = await paste(sheetOf("salesLineDiscount", { campaignNo: "CP0002" }), 1, tsv);
      timed.segmentLinesMs = 0;
      for (const no of segmentNos) {
        // Segment sheets have the header's lines above the table: find its first body row.
        const sheet = sheetOf("segmentLine", { segmentNo: no });
        const info = await cd.workbook.getTable(
          cd.engine.getState().bindings.find((b) => b.sheetName === sheet).tableName,
        );
        timed.segmentLinesMs += await paste(sheet, info.headerRow + 1, contactNos.join("\r\n"));
      }
      const counts = {
        campaigns: await cd.store.countRows("campaign"),
        discounts: await cd.store.countRows("salesLineDiscount"),
        segmentLines: await cd.store.countRows("segmentLine"),
      };
      return { timed, counts, issues: cd.engine.getState().issues.length };
    },
    { campaigns: CAMPAIGNS, lines: LINES, segments: SEGMENTS, perSegment: PER_SEGMENT },
  );
}

/** Saves the workbook as the dev host's file, deletes the document's store and closes every connection to it. */
async function saveAndDropStore(page) {
  return page.evaluate(async () => {
    const cd = window.campaignDesk;
    await cd.flushDoc();
    await cd.engine.dispose();
    cd.store.close();
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(cd.dbName);
      req.onsuccess = resolve;
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error("the store is still open somewhere"));
    });
    return cd.dbName;
  });
}

export async function benchRebuildStore(baseUrl) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    const built = await pasteAll(host.page);
    const dbName = await saveAndDropStore(host.page);
    // Opening the file again: the dev host reads its saved workbook; the pane finds an empty store and rebuilds it.
    await host.page.goto(`${baseUrl}/index.html?autosave=0`);
    await host.page.waitForFunction(() => window.campaignDesk?.ready === true, null, { timeout: 600000 });
    const rebuilt = await host.page.evaluate(async () => {
      const cd = window.campaignDesk;
      await cd.engine.idle();
      return {
        dbName: cd.dbName,
        timings: cd.timings,
        storage: cd.engine.getState().storage,
        counts: {
          campaigns: await cd.store.countRows("campaign"),
          discounts: await cd.store.countRows("salesLineDiscount"),
          segmentLines: await cd.store.countRows("segmentLine"),
        },
        issues: cd.engine.getState().issues.length,
      };
    });
    const pasteMs = built.timed.campaignsMs + built.timed.discountsMs + built.timed.segmentLinesMs;
    const out = {
      name: "rebuild-store-100k",
      ms: Math.round(rebuilt.timings.paneStartMs),
      pasteMs: Math.round(pasteMs),
      ratio: Number((rebuilt.timings.paneStartMs / pasteMs).toFixed(2)),
      pastePhasesMs: Object.fromEntries(Object.entries(built.timed).map(([k, v]) => [k, Math.round(v)])),
      workbookRestoreMs: Math.round(rebuilt.timings.docLoadMs),
      tables: rebuilt.storage.total,
      rows: rebuilt.counts,
      sameRows: JSON.stringify(rebuilt.counts) === JSON.stringify(built.counts),
      sameDatabaseName: rebuilt.dbName === dbName,
      issuesBefore: built.issues,
      issuesAfter: rebuilt.issues,
    };
    out.targetsMet = out.ratio <= 1.5 && out.sameRows && out.sameDatabaseName && rebuilt.storage.phase === "ready";
    report(out);
    return out;
  } finally {
    await host.close();
  }
}
