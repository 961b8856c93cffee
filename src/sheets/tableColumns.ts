/** The column layout of a new bound table: schema columns, then the add-in's system columns. */
import type { Lang } from "../domain";
import type { TableColumnSpec } from "../workbook";
import { SYSTEM_COLUMNS } from "./schemas";
import type { FieldType, SheetSchema } from "./schemaTypes";

/**
 * Excel number format per field type: text formats keep codes like 00123 and "=x" as typed. A percent column
 * holds percent points (15 for 15 %) in General format: a "%" format would make Excel show 15 as 1500 %, and only
 * a General cell takes a typed "15%" as 0.15 with a % format (which the reader then sees and scales back).
 */
const NUMBER_FORMAT: Record<FieldType, string> = {
  code: "@",
  text: "@",
  date: "yyyy-mm-dd",
  boolean: "General",
  number: "General",
  integer: "General",
  percent: "General",
  option: "@",
};

export function tableColumns<R>(schema: SheetSchema<R>, lang: Lang): TableColumnSpec[] {
  const columns: TableColumnSpec[] = schema.columns.map((c) => ({
    caption: c.caption[lang],
    numberFormat: NUMBER_FORMAT[c.type],
    hidden: false,
    ...(c.width === undefined ? {} : { width: c.width }),
  }));
  for (const s of [SYSTEM_COLUMNS.status, SYSTEM_COLUMNS.rowId, SYSTEM_COLUMNS.rowVersion, SYSTEM_COLUMNS.rowBase]) {
    columns.push({ caption: s.caption[lang], numberFormat: "@", hidden: s.hidden, width: s.width });
  }
  return columns;
}
