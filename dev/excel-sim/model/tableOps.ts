/** Creating, naming, deleting tables and keeping their header captions the way Excel does. */
import { intersect, type Rect } from "./address";
import { clearRules } from "./cellRules";
import { SimError } from "./simError";
import { WorkbookModel, type SheetModel, type TableModel } from "./workbookModel";

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_REF = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/**
 * Table names are unique in the workbook, start with a letter, "_" or "\", have no spaces and are not cell
 * references. A duplicate is rejected with InvalidArgument (OfficeDev/office-js#551).
 */
export function validateTableName(model: WorkbookModel, name: string, except?: TableModel): void {
  if (name.length > 255 || !TABLE_NAME.test(name) || LOOKS_LIKE_REF.test(name)) {
    throw SimError.invalidArgument(`'${name}' is not a valid table name.`);
  }
  const clash = model.tableByKey(name);
  if (clash && clash !== except && clash.name.toLowerCase() === name.toLowerCase()) {
    throw SimError.invalidArgument(`A table named '${name}' already exists.`);
  }
}

/** Header cells hold unique, non-blank text: blanks become "Column1", "Column2"…; duplicates get a number. */
export function normalizeHeaders(table: TableModel): void {
  const data = table.sheet.data;
  const used = new Set<string>();
  const captions: (string | null)[] = [];
  for (let c = table.left; c <= table.right; c++) {
    const v = data.value(table.top, c);
    captions.push(v === "" ? null : String(v));
  }
  const final: string[] = [];
  captions.forEach((caption) => {
    if (caption === null) {
      final.push("");
      return;
    }
    let name = caption;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${caption}${n}`;
    used.add(name.toLowerCase());
    final.push(name);
  });
  let next = 1;
  final.forEach((name, i) => {
    let caption = name;
    if (caption === "") {
      while (used.has(`column${next}`)) next++;
      caption = `Column${next}`;
      used.add(caption.toLowerCase());
    }
    const c = table.left + i;
    if (data.value(table.top, c) !== caption || data.formula(table.top, c) !== undefined) {
      data.setContent(table.top, c, { value: caption, formula: undefined });
    }
  });
}

export function overlapsOtherTable(model: WorkbookModel, sheet: SheetModel, rect: Rect, except?: TableModel): boolean {
  return model.tablesOn(sheet).some((t) => t !== except && intersect(WorkbookModel.tableRect(t), rect) !== null);
}

/** Shifts the cells of some columns down by one row from `row` (Excel's "insert cells, shift down"). */
function shiftColumnsDown(sheet: SheetModel, row: number, left: number, right: number): void {
  const data = sheet.data;
  for (let r = data.rows.length - 1; r >= row; r--) {
    for (let c = left; c <= right; c++) data.put(r + 1, c, data.take(r, c));
  }
  for (let c = left; c <= right; c++) data.put(row, c, { v: "", f: undefined, nf: undefined, fill: undefined });
}

/**
 * `worksheet.tables.add(address, hasHeaders)`. Without headers Excel inserts a header row above the data.
 * A one-row range with headers gets one blank body row: a table always has at least one body row.
 */
export function addTable(model: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  const right = rect.col + rect.cols - 1;
  const bottom = hasHeaders ? Math.max(rect.row + rect.rows - 1, rect.row + 1) : rect.row + rect.rows;
  const full: Rect = { row: rect.row, col: rect.col, rows: bottom - rect.row + 1, cols: rect.cols };
  if (overlapsOtherTable(model, sheet, full)) throw SimError.invalidArgument("A table can't overlap another table.");
  if (!hasHeaders) shiftColumnsDown(sheet, rect.row, rect.col, right);
  let no = model.nextTableNo;
  while (model.tableByKey(`Table${no}`)) no++;
  model.nextTableNo = no + 1;
  const table: TableModel = {
    id: String(no),
    name: `Table${no}`,
    sheet,
    top: rect.row,
    left: rect.col,
    bottom,
    right,
    deleted: false,
  };
  model.tables.push(table);
  normalizeHeaders(table);
  model.touch();
  return table;
}

/** Removes the table and clears its cells (values, formats, validation, conditional formats), as Excel does. */
export function deleteTable(model: WorkbookModel, table: TableModel): void {
  const rect = WorkbookModel.tableRect(table);
  const data = table.sheet.data;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      data.put(r, c, { v: "", f: undefined, nf: undefined, fill: undefined });
    }
  }
  clearRules(table.sheet, rect);
  table.deleted = true;
  model.tables = model.tables.filter((t) => t !== table);
  model.emit({ sheet: table.sheet, changeType: "RangeEdited", rect, detail: undefined, tables: [] });
}
