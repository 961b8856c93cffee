// Issue 16 "What a campaign did" in Chromium on the dev host: Log Segment of a segment with N (50,000) lines, from
// the pane's action to stored and written (the interactions in the store and in the Interactions sheet).
// Setup data goes straight into the store, and the segment's lines onto their sheet (it is not what is measured).
import { openHost, report } from "./browser.mjs";

async function logSegment(baseUrl, lines) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    return await host.page.evaluate(async (lines) => {
      const cd = window.campaignDesk;
      const log = (entity) => ({ at: "", bindingId: "", entity, origin: "bench", puts: 0, deletes: 0, keys: [] });
      const meta = (rowId) => ({ rowId, rowVersion: 1, rowHash: "" });
      const contacts = [];
      for (let i = 1; i <= lines; i++) {
        const company = i % 3 === 1;
        const companyNo = `B${String(i - ((i - 1) % 3)).padStart(6, "0")}`;
        contacts.push({
          no: company ? companyNo : `B${String(i).padStart(6, "0")}`,
          type: company ? "Company" : "Person",
          name: `Contact ${i}`,
          companyNo,
          salespersonCode: "",
          email: "",
          postCode: "",
          city: "",
          countryCode: "DK",
          territoryCode: "",
          excludeFromSegment: false,
          ...meta(`c${i}`),
        });
      }
      await cd.store.commit({ entity: "contact", puts: contacts, deletes: [], log: log("contact") });
      await cd.store.commit({
        entity: "interactionGroup",
        puts: [{ code: "LETTER", description: "Letters", ...meta("g1") }],
        deletes: [],
        log: log("interactionGroup"),
        cascade: [
          {
            entity: "interactionTemplate",
            puts: [
              {
                code: "MAIL",
                interactionGroupCode: "LETTER",
                description: "Mailing",
                unitCost: 2,
                unitDuration: 5,
                informationFlow: "Outbound",
                initiatedBy: "Us",
                campaignNo: "",
                campaignTarget: false,
                campaignResponse: false,
                ...meta("t1"),
              },
            ],
          },
        ],
      });
      const header = {
        no: "SEGBENCH",
        description: "Bench mailing",
        campaignNo: "CP0004",
        campaignTarget: true,
        campaignResponse: false,
        salespersonCode: "JR",
        interactionTemplateCode: "MAIL",
        unitCost: 2,
        unitDuration: 5,
        date: "2026-12-01",
      };
      const segmentLines = contacts.map((c, k) => ({
        segmentNo: "SEGBENCH",
        lineNo: (k + 1) * 10000,
        contactNo: c.no,
        contactCompanyNo: c.companyNo,
        campaignNo: "CP0004",
        campaignTarget: true,
        campaignResponse: false,
        salespersonCode: "JR",
        interactionTemplateCode: "MAIL",
        description: "Bench mailing",
        cost: 2,
        duration: 5,
        date: "2026-12-01",
        evaluation: "",
        attemptFailed: false,
        ...meta(`s${k}`),
      }));
      await cd.store.commit({
        entity: "segmentLine",
        puts: segmentLines,
        deletes: [],
        cascade: [{ entity: "segmentHeader", puts: [{ ...header, ...meta("hbench") }] }],
        log: log("segmentLine"),
      });
      await cd.engine.idle();
      // The segment's lines on their own sheet, as the workbook holds them (the document): not measured.
      await cd.engine.bind("segmentLine", { segmentNo: "SEGBENCH" }, { show: false });
      await cd.engine.idle();
      const t0 = performance.now();
      const result = await cd.engine.logSegment("SEGBENCH", { followUp: false });
      const storedMs = performance.now() - t0;
      await cd.engine.idle();
      const ms = performance.now() - t0;
      const stored = (await cd.store.loadRows("interactionLogEntry")).length;
      const state = cd.engine.getState();
      const sheet = state.bindings.find((b) => b.entity === "interactionLogEntry")?.sheetName ?? "";
      const lastShown = sheet ? cd.sim.cell(sheet, lines, 2).value : null;
      return { ms, storedMs, result, stored, sheet, lastShown };
    }, lines);
  } finally {
    await host.close();
  }
}

export async function benchLogSegment(baseUrl, lines = 50000) {
  const r = await logSegment(baseUrl, lines);
  const out = {
    name: `log-segment-${lines / 1000}k`,
    lines,
    ms: Math.round(r.ms),
    storedMs: Math.round(r.storedMs),
    interactions: r.stored,
    campaignEntries: r.result.campaignEntries,
    sheet: r.sheet,
    lastRowContact: r.lastShown,
  };
  out.targetsMet = out.ms < 2000 && r.result.ok === true && r.stored === lines && Boolean(r.lastShown);
  report(out);
  return out;
}
