/**
 * Plan only what changed (issue #14, rule SP6). Two panes on two workbooks receive the same random edits of a
 * campaign's discount sheet — cells typed (codes, units, quantities, percents, good and bad, duplicates too), rows
 * added, copied with their hidden cells, deleted, the table sorted, the campaign re-dated, a line's percent changed on
 * the general sheet (so the store changes under the campaign sheet's unchanged cells). One plans only what changed
 * since its last plan; the other plans every row every time. After each edit both stores hold the same lines and
 * both sheets show the same cells, statuses and fills (the row ids aside: they derive from each document's id).
 * Pinned seed: a failure names its seed and the shrunk sequence.
 */
import fc from "fast-check";
import { C, harnessesPerTest, pastePricingSetup } from "./engineHarness";
import type { Harness } from "./engineHarness";
import { contentRows, headerOf, picture } from "./panePicture";

// Two panes set up per run (a dozen sheets bound and filled): a limit for a loaded machine, never an assertion on time.
jest.setTimeout(240_000);

const harness = harnessesPerTest();
const CP = "CP0003";
const SHEET = `Discounts ${CP}`;
const WIDTH = 13;

type Field = "code" | "variant" | "unit" | "minQty" | "pct";
type Op =
  | { kind: "edit"; row: number; field: Field; value: number }
  | { kind: "add"; code: number; pct: number }
  | { kind: "copy"; row: number }
  | { kind: "delete"; row: number }
  | { kind: "sort"; ascending: boolean }
  | { kind: "redate"; day: number }
  | { kind: "general"; row: number; value: number }
  | { kind: "none" };

/** Column of each field on the campaign's discount sheet: type, code, variant, unit, currency, min. qty, percent. */
const COLUMN: Record<Field, number> = { code: 1, variant: 2, unit: 3, minQty: 5, pct: 6 };
const VALUES: Record<Field, readonly string[]> = {
  code: ["I0001", "I0002", "I0003", "i0004", "I9999", ""],
  variant: ["", "RED", "ZZZ"],
  unit: ["PCS", "BOX", "XX", ""],
  minQty: ["0", "5", "-1"],
  pct: ["10", "12,5", "150", "abc", "15 %"],
};

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("edit" as const),
      row: fc.nat(7),
      field: fc.constantFrom<Field>("code", "variant", "unit", "minQty", "pct"),
      value: fc.nat(5),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("add" as const), code: fc.nat(5), pct: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("copy" as const), row: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), row: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("sort" as const), ascending: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("redate" as const), day: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("general" as const), row: fc.nat(7), value: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
);

async function pane(fullPlans: boolean): Promise<Harness> {
  // The incremental pane plans through the worker protocol, as the pane does (its memos live on the worker's side).
  const h = await harness("en", fullPlans ? { fullPlans } : { worker: true });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [[CP, "Autumn chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  await pastePricingSetup(h, 8);
  await h.engine.bind("salesLineDiscount", { campaignNo: CP });
  await h.engine.bind("salesLineDiscount"); // the general sheet shows the same lines: edits there reach this one
  await h.settle();
  h.sim.userEdit(SHEET, 1, 0, [
    ["Item", "I0001", "", "PCS", "", "0", "10"],
    ["Item", "I0002", "", "BOX", "", "0", "12"],
    ["Item", "I0003", "RED", "PCS", "", "0", "5"],
    ["Item", "I0001", "", "BOX", "", "0", "7"],
    ["ItemDiscGroup", "G1", "", "", "", "0", "3"],
  ]);
  await h.settle();
  return h;
}

/** Body rows the sheet shows (up to the last non-blank row). */
function usedRows(h: Harness): number {
  let last = -1;
  for (let r = 0; r < 40; r++) if (h.sim.cell(SHEET, r + 1, COLUMN.code).value !== "") last = r;
  for (let r = 0; r < 40; r++) if (h.sim.cell(SHEET, r + 1, 0).value !== "") last = Math.max(last, r);
  return last + 1;
}

function apply(h: Harness, o: Op): void {
  const rows = usedRows(h);
  const target = rows === 0 ? 0 : ("row" in o ? o.row : 0) % rows;
  if (o.kind === "edit") {
    h.sim.userEdit(SHEET, target + 1, COLUMN[o.field], [[VALUES[o.field][o.value % VALUES[o.field].length]!]]);
  } else if (o.kind === "add") {
    const code = VALUES.code[o.code % VALUES.code.length]!;
    h.sim.userEdit(SHEET, rows + 1, 0, [["Item", code, "", "PCS", "", "0", VALUES.pct[o.pct % 5]!]]);
  } else if (o.kind === "copy" && rows > 0) {
    // A whole row with its hidden cells (row id, version, base), as a person copies a row and pastes it below (PS2).
    const cells = Array.from({ length: WIDTH }, (_, c) => String(h.sim.cell(SHEET, target + 1, c).value));
    h.sim.userEdit(SHEET, rows + 1, 0, [cells]);
  } else if (o.kind === "delete" && rows > 0) {
    h.sim.userDeleteRows(SHEET, target + 1, 1);
  } else if (o.kind === "sort") {
    const table = h.sim.tables(SHEET)[0]!.name;
    h.sim.userSortTable(table, COLUMN.code, o.ascending);
  } else if (o.kind === "general") {
    // The general sheet lists the lines in row id order, and row ids differ between the two documents: a line is
    // chosen by what it shows.
    const general = h.sheetOf("salesLineDiscount");
    const pct = headerOf(h, general).findIndex((c) => /Discount %/.test(c));
    const lines = contentRows(h, general);
    const line = lines[o.row % Math.max(1, lines.length)];
    if (line) h.sim.userEdit(general, line.row + 1, pct, [[VALUES.pct[o.value % VALUES.pct.length]!]]);
  } else if (o.kind === "redate") {
    h.sim.userEdit(h.sheetOf("campaign"), 1, C.end, [[`2026-12-0${o.day + 1}`]]);
  }
}

test("[SP6][SP49] after each random edit, planning only what changed leaves the same store, statuses and fills as planning every row", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
      const incremental = await pane(false);
      const full = await pane(true);
      for (const o of ops) {
        for (const h of [incremental, full]) {
          apply(h, o);
          await h.settle();
          await h.engine.reconcileAll();
        }
        expect(await picture(incremental, SHEET)).toEqual(await picture(full, SHEET));
      }
      await incremental.dispose();
      await full.dispose();
    }),
    { seed: 1407, numRuns: 10, endOnFailure: true },
  );
});

test("[SP6] once a sheet is settled, an edit of one line plans that line, the lines sharing its code and flagged lines, no other", async () => {
  const h = await pane(false);
  await h.engine.reconcileAll(); // every row as written back: settled from here on
  /** Rows the last plan of the campaign's sheet worked on (the general sheet is planned after it). */
  let last: number | undefined;
  h.engine.subscribe((s) => {
    if (s.bindings.find((b) => b.id === s.lastReport?.bindingId)?.sheetName === SHEET) last = s.lastReport?.planned;
  });
  const planned = () => last;
  // Row 3 (I0003 RED) is flagged (item I0003 has no variants): it is planned every time.
  h.sim.userEdit(SHEET, 2, COLUMN.pct, [["13"]]); // I0002, the only line of its code
  await h.settle();
  expect(planned()).toBe(2);
  await h.engine.reconcileAll();
  expect(planned()).toBe(2); // the edited row once more, as written back; then it is settled too
  h.sim.userEdit(SHEET, 1, COLUMN.pct, [["11"]]); // I0001, which row 4 shares
  await h.settle();
  expect(planned()).toBe(3);
  const pcts = (await h.store.loadRows("salesLineDiscount")).map((l) => l.lineDiscountPct);
  expect(pcts.sort((a, b) => a - b)).toEqual([3, 7, 11, 13]);
});
