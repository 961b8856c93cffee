/** A1 addresses as change events give them ("B3", "A2:C4", "5:7", "C:D", "A1:B2, D4"), as 0-based rectangles. */

export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One corner: a cell, a whole column ("C") or a whole row ("5"); null when it is none of them. */
function corner(text: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return { col: m[1] ? column(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** The rectangles of an address (its sheet name, if any, dropped); unreadable parts are left out. */
export function addressRects(address: string): CellRect[] {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  return local.split(",").flatMap((area) => {
    const [a, b] = area.split(":").map(corner);
    const start = a ?? null;
    const end = area.includes(":") ? (b ?? null) : start;
    if (!start || !end) return [];
    const row = Math.min(start.row ?? 0, end.row ?? 0);
    const col = Math.min(start.col ?? 0, end.col ?? 0);
    const lastRow = start.row === null || end.row === null ? MAX_ROWS - 1 : Math.max(start.row, end.row);
    const lastCol = start.col === null || end.col === null ? MAX_COLS - 1 : Math.max(start.col, end.col);
    return [{ row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 }];
  });
}

export function overlaps(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
