/** A1-style addresses: parsing and formatting, with Excel's sheet limits. */
import { SimError } from "./simError";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle of cells in 0-based sheet coordinates. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** Splits "Sheet1!A1:B2" / "'My sheet'!A1" into sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function corner(part: string): { row: number | null; col: number | null } | null {
  const cell = CELL.exec(part);
  if (cell) return { col: columnIndex(cell[1] ?? ""), row: Number(cell[2]) - 1 };
  const col = COLS.exec(part);
  if (col) return { col: columnIndex(col[1] ?? ""), row: null };
  const row = ROWS.exec(part);
  if (row) return { row: Number(row[1]) - 1, col: null };
  return null;
}

/** Parses a local address ("B2", "A1:C10", "A:C", "5:7") into a rectangle; throws InvalidArgument. */
export function parseLocalAddress(local: string): Rect {
  const parts = local.trim().split(":");
  const a = corner(parts[0] ?? "");
  const b = parts.length === 2 ? corner(parts[1] ?? "") : parts.length === 1 ? a : null;
  if (!a || !b) throw SimError.invalidArgument(`The address '${local}' is not valid.`);
  const bothRows = a.col === null && b.col === null && a.row !== null && b.row !== null;
  const bothCols = a.row === null && b.row === null && a.col !== null && b.col !== null;
  if (bothRows || bothCols) {
    const r0 = bothRows ? Math.min(a.row ?? 0, b.row ?? 0) : 0;
    const r1 = bothRows ? Math.max(a.row ?? 0, b.row ?? 0) : MAX_ROWS - 1;
    const c0 = bothCols ? Math.min(a.col ?? 0, b.col ?? 0) : 0;
    const c1 = bothCols ? Math.max(a.col ?? 0, b.col ?? 0) : MAX_COLS - 1;
    return checkRect({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  if (a.row === null || a.col === null || b.row === null || b.col === null) {
    throw SimError.invalidArgument(`The address '${local}' is not valid.`);
  }
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return checkRect({ row, col, rows: Math.max(a.row, b.row) - row + 1, cols: Math.max(a.col, b.col) - col + 1 });
}

/** Throws InvalidArgument when the rectangle is empty or leaves the sheet. */
export function checkRect(rect: Rect): Rect {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS;
  if (!ok) throw SimError.invalidArgument("The range is outside the worksheet or has no cells.");
  return rect;
}

/** "B3", "A5:M1004", whole rows as "5:7", whole columns as "A:C" (Excel's own notation). */
export function formatLocalAddress(rect: Rect): string {
  const lastRow = rect.row + rect.rows;
  const lastCol = rect.col + rect.cols - 1;
  if (rect.col === 0 && rect.cols === MAX_COLS) return `${rect.row + 1}:${lastRow}`;
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnLetters(lastCol)}${lastRow}`;
}

/** Sheet names are quoted in addresses unless they are plain words, as Excel does. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatLocalAddress(rect)}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  if (rowEnd <= row || colEnd <= col) return null;
  return { row, col, rows: rowEnd - row, cols: colEnd - col };
}
