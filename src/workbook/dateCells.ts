/**
 * Dates in number columns (PS12). In Danish Excel a typed `1.5` becomes the date 1 May, in US Excel `1-2` becomes
 * 2 January: the cell then holds a date serial (~46,000) that would be read as a price or a quantity. Only cells of
 * the asked-for columns holding a whole number in the serials of 2000–2099 have their number format loaded, and
 * those whose format shows a date are reported.
 */
import type { ExcelSession } from "./excelSession";
import type { CellValue } from "./workbookPort";

/** Serials of 2000-01-01 and 2099-12-31: where a typed date lands. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_050;
/** Cells whose number format is loaded in one sync. */
const CELLS_PER_SYNC = 2_000;

/** A number format that shows a date: a day or year code outside quotes, brackets and escapes. */
export function isDateFormat(format: string): boolean {
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(codes);
}

/** [row, column] of the cells of `columns` that hold a date serial shown as a date. */
export async function findDateCells(
  session: ExcelSession,
  context: Excel.RequestContext,
  tableName: string,
  rows: readonly (readonly CellValue[])[],
  columns: readonly number[],
): Promise<[number, number][]> {
  const candidates: [number, number][] = [];
  rows.forEach((row, r) => {
    for (const c of columns) {
      const v = row[c];
      if (typeof v === "number" && v % 1 === 0 && v >= FIRST_SERIAL && v <= LAST_SERIAL) candidates.push([r, c]);
    }
  });
  const found: [number, number][] = [];
  for (let start = 0; start < candidates.length; start += CELLS_PER_SYNC) {
    const chunk = candidates.slice(start, start + CELLS_PER_SYNC);
    const body = context.workbook.tables.getItem(tableName).getDataBodyRange();
    const loads = chunk.map(([r, c]) => body.getCell(r, c).load("numberFormat"));
    await session.sync(context);
    session.countReceived(chunk.length * 24);
    loads.forEach((cell, k) => {
      if (isDateFormat(String(cell.numberFormat[0]?.[0] ?? ""))) found.push(chunk[k] as [number, number]);
    });
  }
  return found;
}
