/** Clipboard text (as Excel and browsers copy a block of cells) → a rectangular block of cell texts. */
import Papa from "papaparse";
import type { SimTextRows } from "../../excel-sim";

function lineBreakOf(text: string): "\r\n" | "\n" | "\r" {
  if (text.includes("\r\n")) return "\r\n";
  if (text.includes("\n") || !text.includes("\r")) return "\n";
  return "\r";
}

/** Excel ends a copied block with one line break, which is not an extra empty row. */
function dropTrailingEmptyLine(rows: string[][]): string[][] {
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === "") rows.pop();
  return rows;
}

/** Rows as arrays, as a block: a paste is a rectangle, short rows read as padded with "". */
function blockOf(rows: readonly string[][]): SimTextRows {
  const cols = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return { rows: rows.length, cols, row: (i) => padded(rows[i] ?? [], cols) };
}

function padded(cells: string[], cols: number): string[] {
  while (cells.length < cols) cells.push("");
  return cells;
}

/**
 * Quote-free text (or text whose quotes do not parse) splits on line breaks and tabs alone, read one row at a time
 * as the workbook takes them: a 500k-row paste never exists as 500k row arrays and lines at once (about 100 MB the
 * page's garbage collector would find only later, issue #14's renderer peak). A first pass counts rows and the
 * widest row without making a string.
 */
function unquotedRows(text: string, newline: string): SimTextRows {
  let tab = text.indexOf("\t");
  let end = text.indexOf(newline);
  let start = 0;
  let lineEnded = false;
  /** The next cell from `start` (its text when `take`); `lineEnded` tells whether it ends its line. */
  const nextCell = (take: boolean): string => {
    if (tab !== -1 && tab < start) tab = text.indexOf("\t", start);
    if (end !== -1 && end < start) end = text.indexOf(newline, start);
    lineEnded = tab === -1 || (end !== -1 && end < tab);
    const stop = lineEnded ? (end === -1 ? text.length : end) : tab;
    const cell = take ? text.slice(start, stop) : "";
    start = stop + (lineEnded ? newline.length : 1);
    return cell;
  };
  let rows = 0;
  let cols = 0;
  for (let width = 1; start <= text.length; width++) {
    const at = start;
    nextCell(false);
    if (!lineEnded) continue;
    // Excel's one trailing line break is not an extra empty row.
    if (!(width === 1 && at === text.length && rows > 0)) rows++;
    cols = Math.max(cols, width);
    width = 0;
  }
  start = 0;
  tab = text.indexOf("\t");
  end = text.indexOf(newline);
  let next = 0;
  return {
    rows,
    cols,
    row(i) {
      if (i !== next) throw new Error("Pasted rows are read in order, each once.");
      next++;
      const cells = new Array<string>(cols);
      let j = 0;
      do cells[j++] = nextCell(true);
      while (!lineEnded);
      return cells.fill("", j);
    },
  };
}

/**
 * Parse tab-separated clipboard text. Cells quoted by Excel (those holding tabs, line breaks or quotes) are
 * unquoted; text whose quotes do not parse (a stray leading quote) is split literally instead, so one odd
 * cell never swallows the rest of the paste. Empty text gives no rows.
 */
export function tsvRows(text: string): SimTextRows {
  if (text === "") return blockOf([]);
  const newline = lineBreakOf(text);
  if (!text.includes('"')) return unquotedRows(text, newline);
  const parsed = Papa.parse<string[]>(text, { delimiter: "\t", newline, quoteChar: '"', skipEmptyLines: false });
  if (parsed.errors.some((e) => e.type === "Quotes")) return unquotedRows(text, newline);
  return blockOf(dropTrailingEmptyLine(parsed.data));
}
