/**
 * The random edits the property tests of a campaign's discount sheet make (SP6, SP20): the sheet, its fields' columns
 * and the values typed into them, two panes' shared setup, and the edits both tests know (a cell, a line added, a
 * whole row copied, a row deleted, the table sorted, a line's percent changed on the general sheet).
 */
import type { Harness, harnessesPerTest } from "./engineHarness";
import { pastePricingSetup } from "./engineHarness";
import { contentRows, headerOf } from "./panePicture";

export const CP = "CP0003";
export const SHEET = `Discounts ${CP}`;
const WIDTH = 13;

export type Field = "code" | "variant" | "unit" | "minQty" | "pct";
export type SharedOp =
  | { kind: "edit"; row: number; field: Field; value: number }
  | { kind: "add"; code: number; pct: number }
  | { kind: "copy"; row: number }
  | { kind: "delete"; row: number }
  | { kind: "sort"; ascending: boolean }
  | { kind: "general"; row: number; value: number };

/** Column of each field on the campaign's discount sheet: type, code, variant, unit, currency, min. qty, percent. */
export const COLUMN: Record<Field, number> = { code: 1, variant: 2, unit: 3, minQty: 5, pct: 6 };
export const VALUES: Record<Field, readonly string[]> = {
  code: ["I0001", "I0002", "I0003", "i0004", "I9999", ""],
  variant: ["", "RED", "ZZZ"],
  unit: ["PCS", "BOX", "XX", ""],
  minQty: ["0", "5", "-1"],
  pct: ["10", "12,5", "150", "abc", "15 %"],
};

/**
 * A pane with the campaign, the pricing setup, the campaign's discount sheet holding `lines` and, when `general`, the
 * general discount sheet (edits there reach the campaign's). A pane not planning every row plans through the worker
 * protocol, as the pane does (its memos and held tables live on the worker's side).
 */
export async function discountPane(
  open: ReturnType<typeof harnessesPerTest>,
  fullPlans: boolean,
  lines: string[][],
  general = true,
): Promise<Harness> {
  const h = await open("en", fullPlans ? { fullPlans } : { worker: true });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("campaign", 0, [[CP, "Autumn chairs", "2026-09-01", "2026-11-30", "", "PLANNED"]]);
  await pastePricingSetup(h, 8);
  await h.engine.bind("salesLineDiscount", { campaignNo: CP });
  if (general) await h.engine.bind("salesLineDiscount");
  await h.settle();
  h.sim.userEdit(SHEET, 1, 0, lines);
  await h.settle();
  return h;
}

/** Body rows the sheet shows (up to the last non-blank row). */
export function usedRows(h: Harness): number {
  let last = -1;
  for (let r = 0; r < 40; r++) if (h.sim.cell(SHEET, r + 1, COLUMN.code).value !== "") last = r;
  for (let r = 0; r < 40; r++) if (h.sim.cell(SHEET, r + 1, 0).value !== "") last = Math.max(last, r);
  return last + 1;
}

/** The body row an edit of `row` targets among `rows` used rows. */
export function targetOf(row: number, rows: number): number {
  return rows === 0 ? 0 : row % rows;
}

/** Makes one of the edits both tests know; `keep` rows are never deleted (a delete leaves at least that many). */
export function applyShared(h: Harness, o: SharedOp, keep: number): void {
  const rows = usedRows(h);
  const target = targetOf("row" in o ? o.row : 0, rows);
  if (o.kind === "edit") {
    h.sim.userEdit(SHEET, target + 1, COLUMN[o.field], [[VALUES[o.field][o.value % VALUES[o.field].length]!]]);
  } else if (o.kind === "add") {
    const code = VALUES.code[o.code % VALUES.code.length]!;
    h.sim.userEdit(SHEET, rows + 1, 0, [["Item", code, "", "PCS", "", "0", VALUES.pct[o.pct % 5]!]]);
  } else if (o.kind === "copy" && rows > 0) {
    // A whole row with its hidden cells (row id, version, base), as a person copies a row and pastes it below (PS2).
    const cells = Array.from({ length: WIDTH }, (_, c) => String(h.sim.cell(SHEET, target + 1, c).value));
    h.sim.userEdit(SHEET, rows + 1, 0, [cells]);
  } else if (o.kind === "delete" && rows > keep) {
    h.sim.userDeleteRows(SHEET, target + 1, 1);
  } else if (o.kind === "sort") {
    h.sim.userSortTable(h.sim.tables(SHEET)[0]!.name, COLUMN.code, o.ascending);
  } else if (o.kind === "general") {
    // The general sheet lists the lines in row id order, and row ids differ between the two documents: a line is
    // chosen by what it shows.
    const general = h.sheetOf("salesLineDiscount");
    const pct = headerOf(h, general).findIndex((c) => /Discount %/.test(c));
    const lines = contentRows(h, general);
    const line = lines[o.row % Math.max(1, lines.length)];
    if (line) h.sim.userEdit(general, line.row + 1, pct, [[VALUES.pct[o.value % VALUES.pct.length]!]]);
  }
}
