/**
 * What a pane shows and stores, for property tests that hold two panes to each other (SP6, SP20): a sheet's cells
 * and fills, the general discount sheet's rows in the order of what they show, the stored lines and the issues, with
 * row ids left out (they derive from each document's id).
 */
import type { Harness } from "./engineHarness";

/** A sheet's header captions (up to its first blank one). */
export function headerOf(h: Harness, sheet: string): string[] {
  const out: string[] = [];
  for (let c = 0; c < 40 && h.sim.cell(sheet, 0, c).value !== ""; c++) out.push(String(h.sim.cell(sheet, 0, c).value));
  return out;
}

/** A sheet's cells and fills, 20 rows deep, with row ids left out (they derive from each document's id). */
function sheetPicture(h: Harness, sheet: string): string[][] {
  const header = headerOf(h, sheet);
  const idColumn = header.indexOf("Row ID");
  if (idColumn < 0) throw new Error(`no Row ID column in ${header.join(", ")}`);
  const cells: string[][] = [];
  for (let r = 0; r <= 20; r++) {
    cells.push(
      header.map((_, c) => {
        const cell = h.sim.cell(sheet, r + 1, c);
        const value = c === idColumn ? (cell.value === "" ? "" : "id") : String(cell.value);
        return `${value}|${cell.fill ?? ""}`;
      }),
    );
  }
  return cells;
}

/** The non-blank body rows of a sheet with what they show (no row id), in the order of what they show. */
export function contentRows(h: Harness, sheet: string): { row: number; text: string }[] {
  const rows = sheetPicture(h, sheet)
    .map((cells, row) => ({ row, text: cells.join(" ") }))
    .filter((r) => r.text.replace(/[| ]/g, "") !== "");
  return rows.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.row - b.row));
}

/** What a pane shows and stores, with row ids left out. */
export async function picture(h: Harness, sheet: string) {
  const stored = (await h.store.loadRows("salesLineDiscount")).map((l) => {
    const { rowId: _r, id: _i, ...rest } = l as unknown as Record<string, unknown>;
    return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
  });
  const state = h.engine.getState();
  const general = state.bindings.find((b) => b.entity === "salesLineDiscount" && !b.scope)?.id;
  // The general sheet's rows are in row id order (see contentRows): its issues are compared without their row.
  const issues = state.issues
    .map((i) => `${i.bindingId}:${i.bindingId === general ? "" : i.rowIndex}:${i.colIndex}:${i.code}:${i.message}`)
    .sort();
  return {
    cells: sheetPicture(h, sheet),
    general: contentRows(h, h.sheetOf("salesLineDiscount")).map((r) => r.text),
    stored: stored.sort(),
    issues,
  };
}
