/**
 * What a data-validation list offers: the sim evaluates a list source the way Excel does for the few forms the add-in
 * may use — a comma-separated list, a defined name, `INDIRECT("text")`, a structured reference to a table column and
 * an A1 reference — and gives "#REF!" where Excel's list would be broken.
 * Structured references (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e):
 * a column header with a special character (a period, a comma, brackets, # and others) must be in double brackets,
 * `Table[[No.]]`; inside, `[ ] # ' @` are escaped with an apostrophe. Column headers are matched as written in the
 * sheet (case-insensitive), so a caption in another language does not match.
 */
import { parseLocalAddress, splitSheet, type Rect } from "./address";
import { findName } from "./namedItems";
import type { SheetModel, WorkbookModel } from "./workbookModel";

export type ListValues = string[] | "#REF!";

/** Characters that need the double brackets in a column specifier. */
const SPECIAL = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/@\\!()%?;~`]/;

function shown(value: unknown): string {
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

/** "Table[Col]" or "Table[[Col]]" → table and header, or null when it is not a valid structured reference. */
export function parseStructured(text: string): { table: string; column: string } | null {
  const m = /^([A-Za-z_\\][A-Za-z0-9_.\\]*)\[(.*)\]$/.exec(text.trim());
  if (!m) return null;
  const inner = m[2] ?? "";
  if (inner.startsWith("[") && inner.endsWith("]")) {
    const column = inner.slice(1, -1);
    // Inside double brackets only escaped [ ] # ' @ may appear.
    if (/(^|[^'])[[\]#@]/.test(column.replace(/''/g, ""))) return null;
    return { table: m[1] ?? "", column: column.replace(/'([[\]#'@])/g, "$1") };
  }
  if (SPECIAL.test(inner)) return null;
  return { table: m[1] ?? "", column: inner };
}

/** The table and sheet column a structured reference names, or null. */
export function structuredColumn(model: WorkbookModel, table: string, column: string) {
  const t = model.tableByKey(table);
  if (!t) return null;
  for (let c = t.left; c <= t.right; c++) {
    if (String(t.sheet.data.value(t.top, c)).toLowerCase() === column.toLowerCase()) return { table: t, col: c };
  }
  return null;
}

function columnValues(model: WorkbookModel, table: string, column: string): ListValues {
  const found = structuredColumn(model, table, column);
  if (!found) return "#REF!";
  const { table: t, col } = found;
  const out: string[] = [];
  for (let r = t.top + 1; r <= t.bottom; r++) out.push(shown(t.sheet.data.value(r, col)));
  return out;
}

function rangeValues(model: WorkbookModel, sheet: SheetModel, text: string): ListValues {
  let rect: Rect;
  const { sheet: named, local } = splitSheet(text);
  const target = named === null ? sheet : model.sheetByKey(named);
  try {
    rect = parseLocalAddress(local);
  } catch {
    return "#REF!";
  }
  if (!target || (rect.rows > 1 && rect.cols > 1)) return "#REF!";
  const out: string[] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) out.push(shown(target.data.value(r, c)));
  }
  return out;
}

/** A reference as text (what INDIRECT gets, or a name's formula without "="). */
function reference(model: WorkbookModel, sheet: SheetModel, text: string, depth: number): ListValues {
  const ref = text.trim();
  if (depth > 8 || ref === "#REF!") return "#REF!";
  const indirect = /^INDIRECT\(\s*"((?:[^"]|"")*)"\s*\)$/i.exec(ref);
  if (indirect) return reference(model, sheet, (indirect[1] ?? "").replace(/""/g, '"'), depth + 1);
  const name = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(ref) ? findName(model, ref) : null;
  if (name) return reference(model, sheet, name.formula.slice(1), depth + 1);
  if (ref.includes("[")) {
    const structured = parseStructured(ref);
    return structured ? columnValues(model, structured.table, structured.column) : "#REF!";
  }
  return rangeValues(model, sheet, ref);
}

/** The values a list source offers in a cell of `sheet`. */
export function evaluateListSource(model: WorkbookModel, sheet: SheetModel, source: string): ListValues {
  if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
  return reference(model, sheet, source.slice(1), 0);
}
