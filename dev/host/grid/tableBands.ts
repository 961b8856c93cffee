/** Which part of a table a cell sits in, for the header band and light body banding. */
import type { SimTableView } from "../../excel-sim/simUserApi";

export type TableBand = "header" | "band1" | "band2";

/** The table whose range (header row included) holds the cell, if any. */
export function tableAt(tables: readonly SimTableView[], row: number, col: number): SimTableView | null {
  return tables.find((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right) ?? null;
}

/** Header row, or alternating body bands starting with band1 on the first body row; null outside tables. */
export function tableBand(tables: readonly SimTableView[], row: number, col: number): TableBand | null {
  const t = tableAt(tables, row, col);
  if (t === null) return null;
  if (row === t.top) return "header";
  return (row - t.top - 1) % 2 === 0 ? "band1" : "band2";
}
