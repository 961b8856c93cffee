/**
 * Excel's error values as `Range.values` shows them (PS6). The same list as `src/workbook/errorCells.ts`, which may
 * import nothing (a test keeps the two equal).
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** The cell shows one of Excel's error values (in a text column it may also be text someone typed). */
export function isExcelErrorText(raw: unknown): raw is string {
  return typeof raw === "string" && raw.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(raw);
}
