/** What a person does to whole rows and table order: insert/delete sheet rows, sort a table body. */
import type { CellValue } from "../../../src/workbook";
import { MAX_COLS, type Rect } from "./address";
import { shiftRuleRows } from "./cellRules";
import type { CellSnapshot } from "./sheetData";
import { WorkbookModel, type SheetModel, type TableModel } from "./workbookModel";

function fullRows(row: number, count: number): Rect {
  return { row, col: 0, rows: count, cols: MAX_COLS };
}

function tableColumns(t: TableModel, row: number, count: number): Rect {
  return { row, col: t.left, rows: count, cols: t.right - t.left + 1 };
}

/** Inserts sheet rows before `row`. Tables below move down; a table whose body the rows land in grows. */
export function insertRows(model: WorkbookModel, sheet: SheetModel, row: number, count: number): void {
  sheet.data.insertRows(row, count);
  shiftRuleRows(sheet, row, count);
  const hits: { table: TableModel; rect: Rect }[] = [];
  for (const t of model.tablesOn(sheet)) {
    if (row <= t.top) {
      t.top += count;
      t.bottom += count;
    } else if (row <= t.bottom) {
      t.bottom += count;
      hits.push({ table: t, rect: tableColumns(t, row, count) });
    }
  }
  model.emit({ sheet, changeType: "RowInserted", rect: fullRows(row, count), detail: undefined, tables: hits });
}

/**
 * Deletes sheet rows. Tables shrink; deleting a table's header row deletes the table (simplification).
 * A table keeps at least one body row, as Excel does.
 */
export function deleteRows(model: WorkbookModel, sheet: SheetModel, row: number, count: number): void {
  const end = row + count - 1;
  const hits: { table: TableModel; rect: Rect }[] = [];
  for (const t of model.tablesOn(sheet)) {
    if (row > t.bottom) continue;
    if (end < t.top) {
      t.top -= count;
      t.bottom -= count;
      continue;
    }
    if (row <= t.top) {
      t.deleted = true;
      continue;
    }
    const overlap = Math.min(end, t.bottom) - row + 1;
    hits.push({ table: t, rect: tableColumns(t, row, overlap) });
    t.bottom = Math.max(t.bottom - overlap, t.top + 1);
  }
  model.tables = model.tables.filter((t) => !t.deleted);
  sheet.data.deleteRows(row, count);
  shiftRuleRows(sheet, row, -count);
  model.emit({ sheet, changeType: "RowDeleted", rect: fullRows(row, count), detail: undefined, tables: hits });
}

/** Excel's sort order: numbers < text (case-insensitive) < FALSE < TRUE; blanks always last. */
function rank(v: CellValue): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  return 2;
}

function compare(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Sorts the table body by one of its columns (stable); whole cells (values, formats, fills) move. */
export function sortTable(model: WorkbookModel, table: TableModel, colIndex: number, ascending: boolean): void {
  const data = table.sheet.data;
  const key = table.left + colIndex;
  const first = table.top + 1;
  const order: number[] = [];
  for (let r = first; r <= table.bottom; r++) order.push(r);
  order.sort((ra, rb) => {
    const a = data.value(ra, key);
    const b = data.value(rb, key);
    if (a === "" || b === "") return (a === "" ? 1 : 0) - (b === "" ? 1 : 0);
    const c = compare(a, b);
    return ascending ? c : -c;
  });
  const moved: CellSnapshot[][] = order.map((r) => {
    const cells: CellSnapshot[] = [];
    for (let c = table.left; c <= table.right; c++) cells.push(data.take(r, c));
    return cells;
  });
  moved.forEach((cells, i) => cells.forEach((cell, j) => data.put(first + i, table.left + j, cell)));
  const body = WorkbookModel.bodyRect(table);
  // No Microsoft page states what a sort raises: the sim reports model.unverified.sort (default Unknown).
  model.emit({
    sheet: table.sheet,
    changeType: model.unverified.sort,
    rect: body,
    detail: undefined,
    tables: [{ table, rect: body }],
  });
}
