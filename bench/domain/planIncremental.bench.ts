/**
 * plan-one-edit-100k (issue #14, SP6): planRows over a campaign's 100,000 discount lines, as written back, after one
 * Line Discount % edit — every row planned (a full plan) against only what changed since the last plan (the memo).
 * The store side's CPU alone: no IndexedDB, no worker messages, no Excel.
 */
import { campaignDiscountLines, pricingSetup } from "../../dev/host/pricingFixture";
import { campaignDiscountSchema, resolveHeader, tableColumns } from "../../src/sheets";
import { emptyReferenceData } from "../../src/store";
import type { BindingRecord, StoredRow } from "../../src/store";
import { planRows, rulesFor } from "../../src/sync";
import type { PlanInput, RowMemo } from "../../src/sync";
import type { CellValue } from "../../src/workbook";
import { measure, report } from "./benchKit";

const CP = "CP0002";
const N = 100_000;

function refs() {
  const setup = pricingSetup(1000);
  const rowsOf = (e: string) => setup.find((s) => s.entity === e)?.rows ?? [];
  const items = new Map(rowsOf("item").map((i) => [i["no"]!, { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "PCS" }]));
  const itemUnits = new Map<string, Map<string, number>>();
  for (const u of rowsOf("itemUnitOfMeasure")) {
    const m = itemUnits.get(u["itemNo"]!) ?? new Map<string, number>();
    m.set(u["code"]!, Number(u["qtyPerUnitOfMeasure"]));
    itemUnits.set(u["itemNo"]!, m);
  }
  return emptyReferenceData({
    items,
    itemUnits,
    itemDiscGroups: new Set(["G0", "G1", "G2", "G3", "G4"]),
    currencies: new Set(["EUR", "USD"]),
    campaigns: new Map([[CP, { startingDate: "2026-09-01", endingDate: "2026-11-30" }]]),
  });
}

test("plan-one-edit-100k", () => {
  const schema = campaignDiscountSchema(CP) as unknown as PlanInput<"salesLineDiscount">["schema"];
  const map = resolveHeader(
    schema,
    tableColumns(schema, "da").map((c) => c.caption),
    "da",
  ).map!;
  const width = map.width;
  const body: CellValue[][] = campaignDiscountLines(CP, N, 0)
    .tsv.split("\r\n")
    .map((line) => {
      const cells: CellValue[] = line.split("\t");
      while (cells.length < width) cells.push("");
      return cells;
    });
  let n = 0;
  const binding: BindingRecord = { id: "b", entity: "salesLineDiscount", sheetName: "s", schemaVersion: 1, seen: {} };
  const base = {
    bindingId: "b1",
    rules: rulesFor("salesLineDiscount"),
    schema,
    map,
    tombstones: new Set<string>(),
    refs: refs(),
    history: new Map(),
    resolutions: new Map(),
    lang: "da" as const,
    today: "2026-11-27",
    nowIso: "2026-11-27T12:00:00.000Z",
    newRowId: () => `r${++n}`,
  };
  // The paste, stored and written back; then once more as written back (what the memo starts from).
  const first = planRows({ ...base, binding, body, stored: [] });
  for (const b of first.blocks)
    b.values.forEach((vals, r) =>
      vals.forEach((v, c) => {
        if (v !== null) (body[b.rowIndex + r] as CellValue[])[b.colIndex + c] = v;
      }),
    );
  const stored = first.unit!.puts as StoredRow<"salesLineDiscount">[];
  const seen = first.unit!.binding!.seen;
  const settled = planRows({ ...base, binding: { ...binding, seen }, body, stored, memo: null });
  expect(settled.counts.puts).toBe(0);
  const pct = map.fields.get("lineDiscountPct")!;
  let v = 0;
  const edit = () => ((body[50_000] as CellValue[])[pct] = String(20 + (++v % 7)));
  const full = measure(
    () => {
      edit();
      return planRows({ ...base, binding: { ...binding, seen }, body, stored });
    },
    { warmup: 1, runs: 5 },
  );
  let memo: RowMemo | null | undefined = settled.memo;
  const incremental = measure(
    () => {
      edit();
      const plan = planRows({ ...base, binding: { ...binding, seen }, body, stored, memo: memo ?? null });
      memo = settled.memo; // the edited row is never written back here: plan from the settled memo each time
      return plan;
    },
    { warmup: 1, runs: 5 },
  );
  expect(full.result.counts.puts).toBe(1);
  expect(incremental.result.counts.puts).toBe(1);
  expect(incremental.result.counts.planned).toBeLessThan(200);
  report(
    "plan-one-edit-100k",
    incremental.stats.p50Ms,
    {
      rows: N,
      fullMs: full.stats.p50Ms,
      incrementalMs: incremental.stats.p50Ms,
      planned: incremental.result.counts.planned,
    },
    { maxMs: 150 },
  );
});
