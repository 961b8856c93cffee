/** Cell grids a range reads, value checks for writes, and the scalar properties a bare `Range.load()` gets. */
import type { Rect } from "../model/address";
import { checkShape } from "../model/cellWrites";
import type { RowData } from "../model/sheetData";
import { SimError } from "../model/simError";
import type { SheetModel } from "../model/workbookModel";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Range properties read as a grid of cells: Excel reads at most 5,000,000 cells of them per range read. */
export const GRID_PROPS: ReadonlySet<string> = new Set(["values", "formulas", "numberFormat", "valueTypes"]);

/**
 * A grid property of a range over the cell limit (resource-limits-and-performance-optimization): the error
 * `RangeExceedsLimit`, or — as the page allows — `null`; undefined when the range is within the limit.
 */
export function overLimit(t: RangeTarget, limit: number, answer: "error" | "null"): null | undefined {
  if (t.rect.rows * t.rect.cols <= limit) return undefined;
  if (answer === "null") return null;
  throw new SimError(
    "RangeExceedsLimit",
    "The number of cells in the range has exceeded the maximum supported number.",
  );
}

export function grid<V>(t: RangeTarget, cell: (row: RowData | undefined, c: number) => V): V[][] {
  const { rect } = t;
  const rows = t.sheet.data.rows;
  const out: V[][] = new Array<V[]>(rect.rows);
  for (let i = 0; i < rect.rows; i++) {
    const row = rows[rect.row + i];
    const line: V[] = new Array<V>(rect.cols);
    for (let j = 0; j < rect.cols; j++) line[j] = cell(row, rect.col + j);
    out[i] = line;
  }
  return out;
}

export function checkValues(values: unknown, rect: Rect): readonly (readonly unknown[])[] {
  const rows = checkShape(values, rect);
  for (const row of rows) {
    for (const v of row) {
      const ok = v === null || v === undefined || typeof v === "string" || typeof v === "boolean";
      if (!ok && !(typeof v === "number" && Number.isFinite(v))) {
        throw SimError.invalidArgument(`Cell values must be strings, finite numbers or booleans, not ${String(v)}.`);
      }
    }
  }
  return rows;
}

export const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "columnHidden",
] as const;
