/** Clipboard text (as Excel and browsers copy a block of cells) → a rectangular block of cell texts. */
import Papa from "papaparse";

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

/** A paste is a rectangle: short rows are padded with "" to the widest row. */
function rectangular(rows: string[][]): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push("");
  return rows;
}

/**
 * Parse tab-separated clipboard text. Cells quoted by Excel (those holding tabs, line breaks or quotes) are
 * unquoted; text whose quotes do not parse (a stray leading quote) is split literally instead, so one odd
 * cell never swallows the rest of the paste. Empty text gives no rows.
 */
export function parseTsv(text: string): string[][] {
  if (text === "") return [];
  const newline = lineBreakOf(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: "\t", newline, quoteChar: '"', skipEmptyLines: false });
  const rows = parsed.errors.some((e) => e.type === "Quotes")
    ? text.split(newline).map((line) => line.split("\t"))
    : parsed.data;
  return rectangular(dropTrailingEmptyLine(rows));
}
