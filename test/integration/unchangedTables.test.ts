/**
 * An unchanged table costs one read and no plan (issue #14 item 5, rule SP40). A table whose last plan came out
 * settled is not planned again while it prints as then and no commit moved the store's generations: not in the same
 * session, not when the workbook is opened again. A table with flagged rows, a changed cell (in the pane or while it
 * was closed), a changed reference table or another pane's commit plans it again, so issues and statuses stay right.
 * A report with no planner time (`planCpuMs` 0: the harness's clock ticks on every reading) is a table not planned.
 */
import { C, campaignWithDiscountLines, harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";
import type { ReconcileReport, SyncEngine } from "../../src/sync";

jest.setTimeout(120_000);

const harness = harnessesPerTest();
const CP = "CP0001";

/** Every report of a sheet's reconciles, from the engine's start on. */
function reportsOf(reports: Map<string, ReconcileReport[]>) {
  return (engine: SyncEngine) => {
    let last: ReconcileReport | null = null;
    engine.subscribe((s) => {
      if (!s.lastReport || s.lastReport === last) return;
      last = s.lastReport;
      const sheet = s.bindings.find((b) => b.id === s.lastReport?.bindingId)?.sheetName ?? "?";
      reports.set(sheet, [...(reports.get(sheet) ?? []), s.lastReport]);
    });
  };
}

async function settledWorkbook(): Promise<{ h: Harness; sheet: string }> {
  const h = await harness("en");
  const sheet = await campaignWithDiscountLines(h, CP, 12);
  await h.engine.reconcileAll(); // every line as written back: the settled plan is remembered
  await h.settle();
  return { h, sheet };
}

async function reopen(h: Harness): Promise<{ again: Harness; reports: Map<string, ReconcileReport[]> }> {
  const reports = new Map<string, ReconcileReport[]>();
  const again = await harness("en", { file: h.sim.save(), dbName: h.dbName, onEngine: reportsOf(reports) });
  await again.settle();
  return { again, reports };
}

const lastOf = (reports: Map<string, ReconcileReport[]>, sheet: string) => reports.get(sheet)?.at(-1);

test("[SP40] an unchanged discount sheet is read and not planned again, in the same session and reopened", async () => {
  const { h, sheet } = await settledWorkbook();
  const reports = new Map<string, ReconcileReport[]>();
  reportsOf(reports)(h.engine);
  await h.engine.reconcileAll();
  await h.settle();
  expect(lastOf(reports, sheet)).toMatchObject({ rows: 12, valid: 12, puts: 0, planned: 0, planCpuMs: 0 });
  await h.dispose();
  const { again, reports: opened } = await reopen(h);
  expect(lastOf(opened, sheet)).toMatchObject({ rows: 12, valid: 12, puts: 0, planned: 0, planCpuMs: 0 });
  expect(again.engine.getState().issues).toEqual([]);
  expect((await again.store.loadRows("salesLineDiscount")).length).toBe(12);
});

test("[SP40] a reopened unchanged Campaigns sheet is not planned, and the card still writes its campaign's row", async () => {
  const { h } = await settledWorkbook();
  await h.paste("campaign", 1, [["CP0002", "Tables", "2026-10-01", "2026-10-31", "", "PLANNED"]]);
  await h.engine.reconcileAll();
  await h.settle();
  await h.dispose();
  const { again, reports } = await reopen(h);
  expect(lastOf(reports, again.sheetOf("campaign"))).toMatchObject({ rows: 2, planCpuMs: 0 });
  const second = (await again.store.loadRows("campaign")).find((c) => c.no === "CP0002")!;
  const saved = await again.engine.saveCampaign(second.rowId, { ...second, description: "from the card" });
  expect(saved.ok).toBe(true);
  expect(again.cell("campaign", 1, C.description).value).toBe("from the card");
  expect(again.cell("campaign", 0, C.description).value).toBe("Chairs");
});

test("[SP40] a reopened workbook with flagged rows plans that sheet and shows the same issues", async () => {
  const { h, sheet } = await settledWorkbook();
  h.sim.userEdit(sheet, 2, 1, [["I9999"]]); // an unknown item: flagged
  await h.settle();
  await h.engine.reconcileAll();
  await h.settle();
  const id = h.engine.getState().bindings.find((b) => b.sheetName === sheet)?.id;
  const before = h.engine.getState().issues.filter((i) => i.bindingId === id);
  expect(before.length).toBeGreaterThan(0);
  await h.dispose();
  const { again, reports } = await reopen(h);
  expect(lastOf(reports, sheet)?.planCpuMs).toBeGreaterThan(0);
  expect(again.engine.getState().issues.filter((i) => i.bindingId === id)).toEqual(before);
});

test("[SP40] a cell changed while the pane was closed plans the sheet again when reopened", async () => {
  const { h, sheet } = await settledWorkbook();
  await h.dispose();
  h.sim.userEdit(sheet, 3, 6, [["33"]]); // nobody listens: the pane is closed
  const { again, reports } = await reopen(h);
  expect(lastOf(reports, sheet)?.planCpuMs).toBeGreaterThan(0);
  const pcts = (await again.store.loadRows("salesLineDiscount")).map((l) => l.lineDiscountPct);
  expect(pcts).toContain(33);
});

test("[SP40] a changed reference table or another pane's commit plans an unchanged sheet again", async () => {
  const { h, sheet } = await settledWorkbook();
  const reports = new Map<string, ReconcileReport[]>();
  reportsOf(reports)(h.engine);
  // Another item in the catalogue (reference data of every line) is a commit: the sheet is planned again.
  h.sim.userEdit(h.sheetOf("item"), 6, 0, [["I0099", "New chair"]]);
  await h.settle();
  expect((await h.store.loadRows("item")).map((i) => i.no)).toContain("I0099");
  expect(reports.get(sheet)?.[0]?.planCpuMs).toBeGreaterThan(0);
  await h.engine.reconcileAll();
  await h.settle();
  expect(lastOf(reports, sheet)?.planCpuMs).toBe(0);
  // Another pane on the same database stores a line: this pane's next reconcile plans its sheet again.
  const other = await harness("en", { file: h.sim.save(), dbName: h.dbName });
  await other.settle();
  other.sim.userEdit(sheet, 2, 6, [["44"]]);
  await other.settle();
  await h.engine.reconcileAll();
  await h.settle();
  expect(lastOf(reports, sheet)?.planCpuMs).toBeGreaterThan(0);
});

test("[SP58] a paste on a sheet plans it without printing it first; a check of every sheet prints them", async () => {
  const asked: string[] = [];
  const h = await harness("en", { asked });
  const sheet = await campaignWithDiscountLines(h, CP, 12);
  await h.engine.reconcileAll();
  await h.settle();
  asked.length = 0;
  const rows = Array.from({ length: 3 }, (_, i) => ["Item", `I000${i + 1}`, "", "PCS", "", "99", "9"]);
  h.sim.userEdit(sheet, 13, 0, rows);
  await h.settle();
  // The paste's own reconcile plans at once; the sheets it wakes (the general one) are printed first as before.
  expect(asked[0]).toBe("plan");
  expect((await h.store.loadRows("salesLineDiscount")).length).toBe(15);
  asked.length = 0;
  await h.engine.reconcileAll();
  await h.settle();
  expect(asked.filter((q) => q === "unchanged").length).toBeGreaterThan(0);
});
