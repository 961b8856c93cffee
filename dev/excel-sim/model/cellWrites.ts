/**
 * Writing blocks of cells (by the add-in or a person): input conversion per cell format, table growth when
 * values land directly below or beside a table, header upkeep, and one change record per block.
 */
import { intersect, type Rect } from "./address";
import { GENERAL, type CellContent } from "./cellInput";
import { extendRulesDown } from "./cellRules";
import { SimError } from "./simError";
import { normalizeHeaders, overlapsOtherTable } from "./tableOps";
import { WorkbookModel, type SheetModel, type TableModel } from "./workbookModel";

/** Content for the cell at block offset (i, j) given its current number format; null leaves it unchanged. */
export type CellSource = (i: number, j: number, numberFormat: string) => CellContent | null;

/** Throws InvalidArgument unless `values` is a 2-D array of exactly the range's shape (no broadcasting). */
export function checkShape(values: unknown, rect: Rect): readonly (readonly unknown[])[] {
  const ok =
    Array.isArray(values) &&
    values.length === rect.rows &&
    values.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) {
    throw SimError.invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return values as readonly (readonly unknown[])[];
}

function rowHasValue(sheet: SheetModel, r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (sheet.data.value(r, c) !== "") return true;
  return false;
}

function colHasValue(sheet: SheetModel, c: number, r0: number, r1: number): boolean {
  for (let r = r0; r <= r1; r++) if (sheet.data.value(r, c) !== "") return true;
  return false;
}

/** New table rows take the number format of the last body row where they have none (table column formatting). */
export function inheritFormats(table: TableModel, fromRow: number, toRow: number): void {
  const data = table.sheet.data;
  const formats: (string | undefined)[] = [];
  let any = false;
  for (let c = table.left; c <= table.right; c++) {
    const nf = data.format(table.bottom, c);
    if (nf === GENERAL) continue;
    formats[c] = nf;
    any = true;
  }
  if (any) data.inheritFormats(fromRow, toRow, formats);
}

/** The last row a block reaching down to `rectBottom` grows the table to (-1: none), by the model's growth rule. */
function lastGrownRow(
  model: WorkbookModel,
  sheet: SheetModel,
  t: TableModel,
  rectBottom: number,
  c0: number,
  c1: number,
) {
  let last = -1;
  if (model.tableGrowth === "stopsAtBlankRow") {
    for (let r = t.bottom + 1; r <= rectBottom && rowHasValue(sheet, r, c0, c1); r++) last = r;
    return last;
  }
  for (let r = rectBottom; r > t.bottom && last < 0; r--) if (rowHasValue(sheet, r, c0, c1)) last = r;
  return last;
}

/**
 * Excel grows a table when values are written into the row directly below it (or the column directly right of
 * it); a block that starts inside or right below the table and runs past it grows it to the last non-blank row.
 * Blank rows never grow a table. New rows take the last row's number formats, validation and conditional formats.
 */
function growTables(model: WorkbookModel, sheet: SheetModel, rect: Rect): Set<TableModel> {
  const grew = new Set<TableModel>();
  const rectBottom = rect.row + rect.rows - 1;
  const rectRight = rect.col + rect.cols - 1;
  for (const t of model.tablesOn(sheet)) {
    if (rect.col <= t.right && rectRight >= t.left && rect.row >= t.top && rect.row <= t.bottom + 1) {
      const c0 = Math.max(rect.col, t.left);
      const c1 = Math.min(rectRight, t.right);
      const last = lastGrownRow(model, sheet, t, rectBottom, c0, c1);
      const grown: Rect = { row: t.bottom + 1, col: t.left, rows: last - t.bottom, cols: t.right - t.left + 1 };
      if (last > t.bottom && !overlapsOtherTable(model, sheet, grown, t)) {
        inheritFormats(t, t.bottom + 1, last);
        extendRulesDown(sheet, t.left, t.right, t.bottom, last);
        t.bottom = last;
        grew.add(t);
      }
    }
    if (rect.row <= t.bottom && rectBottom >= t.top && rect.col >= t.left && rect.col <= t.right + 1) {
      const r0 = Math.max(rect.row, t.top);
      const r1 = Math.min(rectBottom, t.bottom);
      let last = -1;
      for (let c = rectRight; c > t.right && last < 0; c--) if (colHasValue(sheet, c, r0, r1)) last = c;
      const grown: Rect = { row: t.top, col: t.right + 1, rows: t.bottom - t.top + 1, cols: last - t.right };
      if (last > t.right && !overlapsOtherTable(model, sheet, grown, t)) {
        t.right = last;
        normalizeHeaders(t);
        grew.add(t);
      }
    }
  }
  return grew;
}

/** Tables a rectangle touches, each with the part of the rectangle inside it. */
export function tableHits(model: WorkbookModel, sheet: SheetModel, rect: Rect): { table: TableModel; rect: Rect }[] {
  const hits: { table: TableModel; rect: Rect }[] = [];
  for (const table of model.tablesOn(sheet)) {
    const part = intersect(WorkbookModel.tableRect(table), rect);
    if (part) hits.push({ table, rect: part });
  }
  return hits;
}

/**
 * How many cells the block's rows are stored with: as far as the block reaches, or the right edge of a table beside
 * it, so a row a table grows into is not stored again when its other columns are written (a 500k-row paste, then its
 * hidden columns, made every row twice).
 */
function rowWidth(model: WorkbookModel, sheet: SheetModel, rect: Rect): number {
  let width = rect.col + rect.cols;
  for (const t of model.tablesOn(sheet)) {
    if (rect.col <= t.right && rect.col + rect.cols > t.left) width = Math.max(width, t.right + 1);
  }
  return width;
}

/** Writes a block and reports it as one RangeEdited change (details only for a single cell). */
export function writeBlock(model: WorkbookModel, sheet: SheetModel, rect: Rect, source: CellSource): void {
  const data = sheet.data;
  const single = rect.rows === 1 && rect.cols === 1;
  const before = single ? { v: data.value(rect.row, rect.col), f: data.formula(rect.row, rect.col) } : null;
  const width = rowWidth(model, sheet, rect);
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.row + i;
    data.reserve(r, width);
    for (let j = 0; j < rect.cols; j++) {
      const c = rect.col + j;
      const content = source(i, j, data.format(r, c));
      if (!content) continue;
      data.setContent(r, c, content);
      if (content.numberFormat !== undefined) data.setFormat(r, c, content.numberFormat);
    }
  }
  const grew = growTables(model, sheet, rect);
  for (const { table } of tableHits(model, sheet, rect)) {
    if (rect.row <= table.top && rect.row + rect.rows > table.top) normalizeHeaders(table);
  }
  const detail = before
    ? {
        before: before.v,
        beforeFormula: before.f,
        after: data.value(rect.row, rect.col),
        afterFormula: data.formula(rect.row, rect.col),
      }
    : undefined;
  // A table that grew reports a change type no Microsoft page states (model.unverified.growth).
  const tables = tableHits(model, sheet, rect).map((hit) =>
    grew.has(hit.table) ? { ...hit, changeType: model.unverified.growth } : hit,
  );
  model.emit({ sheet, changeType: "RangeEdited", rect, detail, tables });
}

/** Sets number formats (2-D, exact shape; null entries are skipped). Format changes fire no data events. */
export function writeFormats(model: WorkbookModel, sheet: SheetModel, rect: Rect, formats: unknown): void {
  const rows = checkShape(formats, rect);
  rows.forEach((row, i) =>
    row.forEach((nf, j) => {
      if (nf === null || nf === undefined) return;
      if (typeof nf !== "string") throw SimError.invalidArgument("Number formats must be strings.");
      sheet.data.setFormat(rect.row + i, rect.col + j, nf);
    }),
  );
  model.touch();
}

/** Sets or clears the fill of every cell in the rectangle. */
export function writeFill(model: WorkbookModel, sheet: SheetModel, rect: Rect, color: string | null): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.data.setFill(r, c, color);
  }
  model.touch();
}
