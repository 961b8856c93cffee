// Issue 18 "Activities and tasks" in Chromium on the dev host: a 4-step activity assigned to a segment of N (10,000)
// contacts (40,000 tasks), from the pane's action to stored and written (the tasks in the store and on the Tasks
// sheet). Setup data goes straight into the store (it is not what is measured).
import { openHost, report } from "./browser.mjs";

async function assignActivity(baseUrl, contacts) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    return await host.page.evaluate(async (contacts) => {
      const cd = window.campaignDesk;
      const log = (entity) => ({ at: "", bindingId: "", entity, origin: "bench", puts: 0, deletes: 0, keys: [] });
      const meta = (rowId) => ({ rowId, rowVersion: 1, rowHash: "" });
      const put = (entity, rows) => cd.store.commit({ entity, puts: rows, deletes: [], log: log(entity) });
      const people = [];
      for (let i = 1; i <= contacts; i++) {
        const no = `B${String(i).padStart(6, "0")}`;
        people.push({
          no,
          type: "Company",
          name: `Contact ${i}`,
          companyNo: "",
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
      await put("contact", people);
      await put("salesperson", [{ code: "JR", name: "Jim", email: "", blocked: false, ...meta("sp1") }]);
      await put("activity", [{ code: "FOLLOW", description: "Follow up", ...meta("a1") }]);
      const step = (stepNo, type, description, dateFormula) => ({
        activityCode: "FOLLOW",
        stepNo,
        type,
        description,
        priority: "Normal",
        dateFormula,
        ...meta(`st${stepNo}`),
      });
      await put("activityStep", [
        step(1, "PhoneCall", "First call", ""),
        step(2, "", "Letter", "1W"),
        step(3, "PhoneCall", "Second call", "2W+1D"),
        step(4, "", "Last letter", "CM+1D"),
      ]);
      const header = {
        no: "SEGBENCH",
        description: "Bench calls",
        campaignNo: "",
        campaignTarget: false,
        campaignResponse: false,
        salespersonCode: "JR",
        interactionTemplateCode: "",
        unitCost: 0,
        unitDuration: 0,
        date: "2026-12-01",
      };
      const lines = people.map((c, k) => ({
        segmentNo: "SEGBENCH",
        lineNo: (k + 1) * 10000,
        contactNo: c.no,
        contactCompanyNo: c.no,
        campaignNo: "",
        campaignTarget: false,
        campaignResponse: false,
        salespersonCode: "JR",
        interactionTemplateCode: "",
        description: "Bench calls",
        cost: 0,
        duration: 0,
        date: "2026-12-01",
        evaluation: "",
        attemptFailed: false,
        ...meta(`s${k}`),
      }));
      await cd.store.commit({
        entity: "segmentLine",
        puts: lines,
        deletes: [],
        cascade: [{ entity: "segmentHeader", puts: [{ ...header, ...meta("hbench") }] }],
        log: log("segmentLine"),
      });
      await cd.engine.idle();
      const t0 = performance.now();
      const result = await cd.engine.assignActivity({
        activityCode: "FOLLOW",
        startDate: "2026-12-07",
        context: { type: "segment", no: "SEGBENCH" },
      });
      const storedMs = performance.now() - t0;
      await cd.engine.idle();
      const ms = performance.now() - t0;
      const stored = (await cd.store.loadRows("task")).length;
      const state = cd.engine.getState();
      const sheet = state.bindings.find((b) => b.entity === "task")?.sheetName ?? "";
      const lastShown = sheet ? cd.sim.cell(sheet, contacts * 4, 0).value : null;
      return { ms, storedMs, result, stored, sheet, lastShown };
    }, contacts);
  } finally {
    await host.close();
  }
}

export async function benchAssignActivity(baseUrl, contacts = 10000) {
  const r = await assignActivity(baseUrl, contacts);
  const out = {
    name: `assign-activity-${contacts / 1000}k-contacts`,
    contacts,
    ms: Math.round(r.ms),
    storedMs: Math.round(r.storedMs),
    tasks: r.stored,
    lastNo: r.result.lastNo ?? "",
    sheet: r.sheet,
    lastRowNo: r.lastShown,
  };
  out.targetsMet =
    out.ms < 2000 && r.result.ok === true && r.stored === contacts * 4 && r.lastShown === r.result.lastNo;
  report(out);
  return out;
}
