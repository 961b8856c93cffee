/**
 * Growing and shrinking a table by the API rather than by writing below it: `Table.resize` (ExcelApi 1.13),
 * `TableRowCollection.add` (ExcelApi 1.1; several rows from 1.4) and `TableRow.delete` (ExcelApi 1.1).
 */
import type { Rect } from "./address";
import { contentFromApiValue } from "./cellInput";
import { extendRulesDown } from "./cellRules";
import { checkShape, inheritFormats } from "./cellWrites";
import { SimError } from "./simError";
import { overlapsOtherTable } from "./tableOps";
import type { SheetModel, TableModel, WorkbookModel } from "./workbookModel";

/**
 * `table.resize(range)`: the header stays in its row (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member-1:
 * "the headers (or the top of the table) must be in the same row"). The sim also keeps the columns, and takes only a
 * range that still has a body row. The cells keep their values; rows the table grows into take its formats and rules.
 */
export function resizeTable(model: WorkbookModel, table: TableModel, sheet: SheetModel, rect: Rect): void {
  const sameColumns = rect.col === table.left && rect.cols === table.right - table.left + 1;
  if (sheet !== table.sheet || rect.row !== table.top || !sameColumns || rect.rows < 2) {
    throw SimError.invalidArgument("The sim resizes a table only to more or fewer rows under the same header.");
  }
  const bottom = rect.row + rect.rows - 1;
  if (overlapsOtherTable(model, sheet, rect, table)) throw SimError.invalidArgument("A table can't overlap another.");
  if (bottom > table.bottom) {
    inheritFormats(table, table.bottom + 1, bottom);
    extendRulesDown(sheet, table.left, table.right, table.bottom, bottom);
  }
  table.bottom = bottom;
  model.touch();
}

/** Moves the cells of the table's columns from `row` down by `count` rows. */
function shiftDown(sheet: SheetModel, row: number, left: number, right: number, count: number): void {
  const data = sheet.data;
  for (let r = data.rows.length - 1; r >= row; r--) {
    for (let c = left; c <= right; c++) data.put(r + count, c, data.take(r, c));
  }
  for (let r = row; r < row + count; r++) {
    for (let c = left; c <= right; c++) data.put(r, c, { v: "", f: undefined, nf: undefined, fill: undefined });
  }
}

/** Moves the cells of the table's columns below `row` up by one row (the row's cells go). */
function shiftUp(sheet: SheetModel, row: number, left: number, right: number): void {
  const data = sheet.data;
  const last = data.rows.length - 1;
  for (let r = row; r <= last; r++) {
    for (let c = left; c <= right; c++) data.put(r, c, data.take(r + 1, c));
  }
}

/**
 * `tableRow.delete()`: the body row at `index` goes, the cells below it in the table's columns move up, and the table
 * shrinks by one row; the only body row is cleared instead (a table keeps one body row). One RowDeleted change.
 */
export function deleteTableRow(model: WorkbookModel, table: TableModel, index: number): void {
  const row = table.top + 1 + index;
  if (index < 0 || row > table.bottom) throw SimError.invalidArgument(`The table has no row ${index}.`);
  const cols = table.right - table.left + 1;
  if (table.bottom === table.top + 1) {
    for (let c = table.left; c <= table.right; c++)
      table.sheet.data.setContent(row, c, { value: "", formula: undefined });
  } else {
    shiftUp(table.sheet, row, table.left, table.right);
    table.bottom -= 1;
  }
  const rect: Rect = { row, col: table.left, rows: 1, cols };
  model.emit({ sheet: table.sheet, changeType: "RowDeleted", rect, detail: undefined, tables: [{ table, rect }] });
}

/**
 * `table.rows.add(null, values)`: new rows at the end of the table, the cells below it moving down (in the table's
 * columns); the rows take the table's formats and rules and raise one RowInserted change.
 */
export function addTableRows(model: WorkbookModel, table: TableModel, values: unknown): void {
  const cols = table.right - table.left + 1;
  const rows = Array.isArray(values) ? values.length : 0;
  const checked = checkShape(values, { row: 0, col: 0, rows, cols });
  if (rows === 0) throw SimError.invalidArgument("rows.add needs at least one row of values.");
  const first = table.bottom + 1;
  shiftDown(table.sheet, first, table.left, table.right, rows);
  inheritFormats(table, first, first + rows - 1);
  extendRulesDown(table.sheet, table.left, table.right, table.bottom, first + rows - 1);
  table.bottom += rows;
  const data = table.sheet.data;
  checked.forEach((row, i) =>
    row.forEach((value, j) => {
      const content = contentFromApiValue(value, data.format(first + i, table.left + j), model.input);
      if (!content) return;
      data.setContent(first + i, table.left + j, content);
      if (content.numberFormat !== undefined) data.setFormat(first + i, table.left + j, content.numberFormat);
    }),
  );
  const rect: Rect = { row: first, col: table.left, rows, cols };
  model.emit({ sheet: table.sheet, changeType: "RowInserted", rect, detail: undefined, tables: [{ table, rect }] });
}
