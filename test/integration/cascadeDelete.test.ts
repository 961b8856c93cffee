/**
 * Deleting a campaign row takes its price and discount lines along (domain-rules §3), so it waits for the person's
 * yes (issue #12 item 8, rule CD1): the row is put back and listed; "Delete CP0001 and its n lines" deletes it with
 * them, "Keep" keeps it. A campaign without lines goes at once; an activated one is refused.
 */
import { campaignDiscountLines } from "../../dev/host/pricingFixture";
import { C, harnessesPerTest, pastePricingSetup } from "./engineHarness";
import type { Harness } from "./engineHarness";

const harness = harnessesPerTest();
const LINES = 5;

async function workbook(): Promise<Harness> {
  const h = await harness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await h.paste("campaign", 0, [
    ["CP0001", "With lines", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
    ["CP0002", "Without lines", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
  ]);
  await pastePricingSetup(h, 5);
  await h.engine.bind("salesLineDiscount", { campaignNo: "CP0001" });
  await h.settle();
  const sheet = h.engine.getState().bindings.find((b) => b.scope?.campaignNo === "CP0001")?.sheetName ?? "";
  const lines = campaignDiscountLines("CP0001", LINES, 0, 5)
    .tsv.split("\r\n")
    .map((l) => l.split("\t"));
  h.sim.userEdit(sheet, 1, 0, lines);
  await h.settle();
  return h;
}

const campaignNos = async (h: Harness) => (await h.store.loadRows("campaign")).map((c) => c.no).sort();
const linesOf = async (h: Harness, no: string) =>
  (await h.store.loadRows("salesLineDiscount")).filter((l) => l.salesType === "Campaign" && l.salesCode === no).length;
const rowOf = (h: Harness, no: string) => {
  for (let r = 0; r < 10; r++) if (h.cell("campaign", r, C.no).value === no) return r;
  return -1;
};
const deleteRow = async (h: Harness, no: string) => {
  h.sim.userDeleteRows(h.sheetOf("campaign"), rowOf(h, no) + 1, 1);
  await h.settle();
};

test("[CD1] deleting a campaign with lines puts it back and asks; yes deletes it and its lines", async () => {
  const h = await workbook();
  expect(await linesOf(h, "CP0001")).toBe(LINES);
  await deleteRow(h, "CP0001");
  expect(await campaignNos(h)).toEqual(["CP0001", "CP0002"]);
  expect(await linesOf(h, "CP0001")).toBe(LINES);
  expect(rowOf(h, "CP0001")).toBeGreaterThanOrEqual(0); // shown again
  const asked = h.engine.getState().issues.filter((i) => i.code === "CONFLICT_CASCADE");
  expect(asked).toHaveLength(1);
  expect(asked[0]!.message).toContain(`Deleting CP0001 also deletes its ${LINES} price and discount lines`);
  expect(asked[0]!.severity).toBe("warning");
  // Still asked after another check of the table, until the person answers.
  await h.engine.reconcileAll();
  expect(h.engine.getState().issues.filter((i) => i.code === "CONFLICT_CASCADE")).toHaveLength(1);
  await h.engine.resolveConflict(asked[0]!, { delete: true });
  await h.settle();
  expect(await campaignNos(h)).toEqual(["CP0002"]);
  expect(await linesOf(h, "CP0001")).toBe(0);
  expect(rowOf(h, "CP0001")).toBe(-1);
  expect(h.engine.getState().issues).toEqual([]);
});

test("[CD1] keep: the campaign and its lines stay, and nothing is asked any more", async () => {
  const h = await workbook();
  await deleteRow(h, "CP0001");
  const asked = h.engine.getState().issues.find((i) => i.code === "CONFLICT_CASCADE");
  await h.engine.resolveConflict(asked!, { keep: "sheet" });
  await h.settle();
  await h.engine.reconcileAll();
  expect(await campaignNos(h)).toEqual(["CP0001", "CP0002"]);
  expect(await linesOf(h, "CP0001")).toBe(LINES);
  expect(h.engine.getState().issues).toEqual([]);
});

test("[CD1] a campaign without lines is deleted at once, without asking", async () => {
  const h = await workbook();
  await deleteRow(h, "CP0002");
  expect(await campaignNos(h)).toEqual(["CP0001"]);
  expect(h.engine.getState().issues).toEqual([]);
});

test("[CD2] after a confirmed delete the campaign's own sheets and their bindings go too; reopened, none comes back", async () => {
  const h = await workbook();
  const own = h.engine.getState().bindings.find((b) => b.scope?.campaignNo === "CP0001");
  expect(own && h.sim.sheetNames()).toContain(own!.sheetName);
  await deleteRow(h, "CP0001");
  const asked = h.engine.getState().issues.find((i) => i.code === "CONFLICT_CASCADE");
  await h.engine.resolveConflict(asked!, { delete: true });
  await h.settle();
  expect(h.sim.sheetNames()).not.toContain(own!.sheetName);
  expect(h.engine.getState().bindings.some((b) => b.scope?.campaignNo === "CP0001")).toBe(false);
  expect(h.engine.getState().bindings.every((b) => b.health === "ok")).toBe(true);
  const reopened = await harness("en", { file: h.sim.save(), dbName: h.dbName });
  await reopened.settle();
  expect(reopened.engine.getState().bindings.some((b) => b.scope?.campaignNo === "CP0001")).toBe(false);
  expect(reopened.engine.getState().issues).toEqual([]);
});

const pasteOwn = async (h: Harness, no: string, n: number) => {
  await h.engine.bind("salesLineDiscount", { campaignNo: no });
  await h.settle();
  const sheet = h.engine.getState().bindings.find((b) => b.scope?.campaignNo === no)?.sheetName ?? "";
  h.sim.userEdit(
    sheet,
    1,
    0,
    campaignDiscountLines(no, n, 0, 5)
      .tsv.split("\r\n")
      .map((l) => l.split("\t")),
  );
  await h.settle();
};
const tableRows = async (h: Harness, entity: string) => {
  const b = h.engine.getState().bindings.find((x) => x.entity === entity && !x.scope);
  return (await h.workbook.getTable(b!.tableName))?.rowCount;
};

test("[CD3] a confirmed delete leaves no blank rows: the general sheet keeps only the other lines, Campaigns only the others", async () => {
  const h = await workbook();
  await pasteOwn(h, "CP0002", 3);
  await h.engine.bind("salesLineDiscount");
  await h.settle();
  expect(await tableRows(h, "salesLineDiscount")).toBe(LINES + 3);
  await deleteRow(h, "CP0001");
  const asked = h.engine.getState().issues.find((i) => i.code === "CONFLICT_CASCADE");
  await h.engine.resolveConflict(asked!, { delete: true });
  await h.settle();
  const general = h.sheetOf("salesLineDiscount");
  const codes = [0, 1, 2].map((r) => h.sim.cell(general, r + 1, 1).value);
  expect(codes.every((c) => c === "CP0002")).toBe(true);
  expect(await tableRows(h, "salesLineDiscount")).toBe(3);
  expect(await tableRows(h, "campaign")).toBe(1);
  expect(h.cell("campaign", 0, C.no).value).toBe("CP0002");
  expect(h.engine.getState().issues).toEqual([]);
  // Nothing comes back at the next check of every sheet.
  await h.engine.reconcileAll();
  expect(await tableRows(h, "salesLineDiscount")).toBe(3);
  expect((await h.store.loadRows("salesLineDiscount")).length).toBe(3);
});

const confirmDelete = async (h: Harness, no: string) => {
  await deleteRow(h, no);
  const asked = h.engine.getState().issues.find((i) => i.code === "CONFLICT_CASCADE");
  await h.engine.resolveConflict(asked!, { delete: true });
  await h.settle();
};

test("[CD4] a confirmed delete is undone from the pane: the campaign, its lines and its own sheet come back", async () => {
  const h = await workbook();
  const before = (await h.store.loadRows("salesLineDiscount")).map((l) => l.rowId).sort();
  await confirmDelete(h, "CP0001");
  expect(h.engine.getState().undoDelete).toEqual({ campaignNos: ["CP0001"], lines: LINES });
  const result = await h.engine.undoDelete();
  await h.settle();
  expect(result).toEqual({ ok: true, taken: [], restored: LINES + 1 });
  expect(await campaignNos(h)).toEqual(["CP0001", "CP0002"]);
  expect((await h.store.loadRows("salesLineDiscount")).map((l) => l.rowId).sort()).toEqual(before);
  expect(rowOf(h, "CP0001")).toBeGreaterThanOrEqual(0);
  const own = h.engine.getState().bindings.find((b) => b.scope?.campaignNo === "CP0001");
  expect(own?.rows).toBe(LINES);
  expect(h.sim.sheetNames()).toContain(own!.sheetName);
  expect(h.engine.getState().undoDelete).toBeNull();
  expect(h.engine.getState().issues).toEqual([]);
  // The lines are the person's again: an edit on the returned sheet is stored.
  let pct = 0;
  while (pct < 30 && h.sim.cell(own!.sheetName, 0, pct).value !== "Line Discount %") pct++;
  h.sim.userEdit(own!.sheetName, 1, pct, [["33"]]);
  await h.settle();
  expect((await h.store.loadRows("salesLineDiscount")).some((l) => l.lineDiscountPct === 33)).toBe(true);
});

test("[CD4] an undo whose campaign number is in use again is refused and stores nothing", async () => {
  const h = await workbook();
  await confirmDelete(h, "CP0001");
  await h.paste("campaign", 1, [["CP0001", "Another", "2026-10-01", "2026-10-31", "JR", "PLANNED"]]);
  expect(await campaignNos(h)).toEqual(["CP0001", "CP0002"]);
  const result = await h.engine.undoDelete();
  await h.settle();
  expect(result).toEqual({ ok: false, taken: ["CP0001"], restored: 0 });
  expect((await h.store.loadRows("campaign")).find((c) => c.no === "CP0001")?.description).toBe("Another");
  expect(await linesOf(h, "CP0001")).toBe(0);
  expect(h.engine.getState().undoDelete).toEqual({ campaignNos: ["CP0001"], lines: LINES });
});
