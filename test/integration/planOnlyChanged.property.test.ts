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
import { C, harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";
import { picture } from "./panePicture";
import { applyShared, COLUMN, discountPane, SHEET } from "./discountSheetEdits";
import type { Field, SharedOp } from "./discountSheetEdits";

// Two panes set up per run (a dozen sheets bound and filled): a limit for a loaded machine, never an assertion on time.
jest.setTimeout(240_000);

const harness = harnessesPerTest();
type Op = SharedOp | { kind: "redate"; day: number } | { kind: "none" };

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

function pane(fullPlans: boolean): Promise<Harness> {
  return discountPane(harness, fullPlans, [
    ["Item", "I0001", "", "PCS", "", "0", "10"],
    ["Item", "I0002", "", "BOX", "", "0", "12"],
    ["Item", "I0003", "RED", "PCS", "", "0", "5"],
    ["Item", "I0001", "", "BOX", "", "0", "7"],
    ["ItemDiscGroup", "G1", "", "", "", "0", "3"],
  ]);
}

function apply(h: Harness, o: Op): void {
  if (o.kind === "redate") h.sim.userEdit(h.sheetOf("campaign"), 1, C.end, [[`2026-12-0${o.day + 1}`]]);
  else if (o.kind !== "none") applyShared(h, o, 0);
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
