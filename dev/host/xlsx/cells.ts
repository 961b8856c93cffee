/**
 * Cells and columns through ExcelJS: values (text, numbers, booleans), formulas, number formats, solid fills, column
 * widths and hidden columns.
 *
 * Formulas are written without a cached value (the sim never evaluates one), so the file asks for a full calculation
 * on load; read back, a formula cell holds its formula and the sim's formula value "#NAME?", whatever result the file
 * cached. Not kept: fonts, borders, alignment, patterns other than solid and theme/indexed colours, merged cells (a
 * merged area reads as its top-left cell), row heights, hidden rows, column and row default formats (cells without
 * their own number format read as General), rich text runs (read as their plain text), hyperlinks (read as their text),
 * the quote prefix of text typed with a leading apostrophe. Dates are numbers with a date format in the sim; ExcelJS
 * reads such a cell as a Date, turned back into the serial here (times to the millisecond; a 1904-based file's dates
 * become the same days in the sim's 1900 system).
 */
import type { Cell, CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { CellValue } from "../../../src/workbook";
import { FORMULA_VALUE, GENERAL } from "../../excel-sim/model/cellInput";
import type { SavedRow, SavedSheet } from "../../excel-sim/model/persist";
import { STANDARD_WIDTH } from "../../excel-sim/model/workbookModel";
import { argbOf } from "./cellRules";
import { fileWidthToPoints, pointsToFileWidth } from "./columnWidth";

const DAY_MS = 86_400_000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

/** Writes a saved sheet's cells and columns; returns whether it holds a formula. */
export function writeSheetCells(ws: Worksheet, sheet: SavedSheet): boolean {
  let formulas = false;
  for (const row of sheet.rows) {
    const width = Math.max(row.v.length, row.f?.length ?? 0, row.nf?.length ?? 0, row.fill?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = row.v[c] ?? "";
      const formula = row.f?.[c] ?? null;
      const numberFormat = row.nf?.[c] ?? null;
      const fill = row.fill?.[c] ?? null;
      if (value === "" && formula === null && numberFormat === null && fill === null) continue;
      const cell = ws.getCell(row.r + 1, c + 1);
      if (formula !== null) {
        cell.value = { formula: formula.replace(/^=/, "") };
        formulas = true;
      } else if (value !== "") {
        cell.value = value;
      }
      if (numberFormat !== null && numberFormat !== GENERAL) cell.numFmt = numberFormat;
      if (fill !== null) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(fill) } };
    }
  }
  const hidden = new Set(sheet.hiddenCols);
  const widths = new Map(sheet.widths);
  for (const c of new Set([...hidden, ...widths.keys()])) {
    const column = ws.getColumn(c + 1);
    // A hidden column without a width of its own gets the standard width (ExcelJS would write 9 characters).
    column.width = pointsToFileWidth(widths.get(c) ?? STANDARD_WIDTH);
    if (hidden.has(c)) column.hidden = true;
  }
  return formulas;
}

function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) {
    return (value as { richText: { text: string }[] }).richText.map((run) => run.text).join("");
  }
  return value === null || value === undefined ? "" : String(value);
}

/** A cell's value in the sim's terms (formulas are handled by the caller). */
function simValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  if (value instanceof Date) return (value.getTime() - EPOCH_1900_MS) / DAY_MS;
  if ("error" in value) return value.error;
  if ("richText" in value) return plainText(value);
  if ("hyperlink" in value) return plainText(value.text);
  return "";
}

function simFill(cell: Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb && /^([0-9a-fA-F]{2})?[0-9a-fA-F]{6}$/.test(argb) ? `#${argb.slice(-6).toUpperCase()}` : null;
}

const nullsOrUndefined = (a: (string | null)[]): (string | null)[] | undefined =>
  a.some((x) => x !== null) ? a : undefined;

export interface SheetCells {
  rows: SavedRow[];
  hiddenCols: number[];
  widths: [number, number][];
}

/** Reads a worksheet's cells and columns in the sim's saved form. */
export function readSheetCells(ws: Worksheet): SheetCells {
  const rows: SavedRow[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const v: CellValue[] = [];
    const f: (string | null)[] = [];
    const nf: (string | null)[] = [];
    const fill: (string | null)[] = [];
    let last = -1;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const formula = cell.formula;
      const value = formula ? FORMULA_VALUE : simValue(cell.value);
      const numberFormat = cell.numFmt && cell.numFmt !== GENERAL ? cell.numFmt : null;
      const color = simFill(cell);
      if (value === "" && !formula && numberFormat === null && color === null) return;
      while (v.length < c) v.push("");
      v[c] = value;
      f[c] = formula ? `=${formula}` : null;
      nf[c] = numberFormat;
      fill[c] = color;
      last = c;
    });
    if (last < 0) continue;
    const pad = (a: (string | null)[]) => Array.from({ length: last + 1 }, (_, i) => a[i] ?? null);
    const saved: SavedRow = { r: r - 1, v: Array.from({ length: last + 1 }, (_, i) => v[i] ?? "") };
    const formulas = nullsOrUndefined(pad(f));
    const formats = nullsOrUndefined(pad(nf));
    const fills = nullsOrUndefined(pad(fill));
    if (formulas) saved.f = formulas;
    if (formats) saved.nf = formats;
    if (fills) saved.fill = fills;
    rows.push(saved);
  }
  const hiddenCols: number[] = [];
  const widths: [number, number][] = [];
  (ws.columns ?? []).forEach((column, i) => {
    const c = (column.number ?? i + 1) - 1;
    if (column.hidden) hiddenCols.push(c);
    if (typeof column.width === "number") {
      const points = fileWidthToPoints(column.width);
      // Absent means the standard width in the sim.
      if (points !== STANDARD_WIDTH) widths.push([c, points]);
    }
  });
  return { rows, hiddenCols, widths };
}
