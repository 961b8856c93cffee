/**
 * Excel's error values (PS6). `Range.values` gives an error cell as its text ("#DIV/0!"), just like a text cell
 * holding those characters; only `valueTypes` tells them apart. Loading `valueTypes` for a whole body would double
 * what a read brings back, so it is loaded only for the cells whose value is one of the error texts.
 */
import type { ExcelSession } from "./excelSession";
import type { CellValue } from "./workbookPort";

/** What `Range.values` shows for Excel's error values. */
export const EXCEL_ERROR_TEXTS: ReadonlySet<string> = new Set([
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

/** A cell value that reads as one of Excel's error values (it may still be text someone typed). */
export function looksLikeExcelError(value: CellValue): boolean {
  return typeof value === "string" && value.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_TEXTS.has(value);
}

/** Cells whose valueTypes are loaded in one sync. */
const CELLS_PER_SYNC = 2_000;

/**
 * [row, column] of the body cells that hold an Excel error value (not text that looks like one), found by loading
 * `valueTypes` of the candidate cells only.
 */
export async function findErrorCells(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  rows: readonly (readonly CellValue[])[],
): Promise<[number, number][]> {
  const candidates: [number, number][] = [];
  rows.forEach((row, r) => row.forEach((value, c) => looksLikeExcelError(value) && candidates.push([r, c])));
  const found: [number, number][] = [];
  for (let start = 0; start < candidates.length; start += CELLS_PER_SYNC) {
    const chunk = candidates.slice(start, start + CELLS_PER_SYNC);
    const body = context.workbook.tables.getItem(tableName).getDataBodyRange();
    const loads = chunk.map(([r, c]) => body.getCell(r, c).load("valueTypes"));
    await session.sync(context);
    session.countReceived(chunk.length * 24);
    loads.forEach((cell, k) => cell.valueTypes[0]?.[0] === "Error" && found.push(chunk[k] as [number, number]));
  }
  return found;
}
