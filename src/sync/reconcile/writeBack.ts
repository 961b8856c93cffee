/**
 * Turns the rows a reconcile wants in the table into the fewest cell writes: only cells whose value
 * differs (unchanged cells inside a span are null: left as they are), one block per run of consecutive rows with the
 * same changed span. Rows with errors keep
 * exactly what the user typed; only their status, id and highlighting change.
 */
import type { Issue, Lang } from "../../domain";
import { formatRow, formatShowsPercent } from "../../sheets";
import type { ColumnMap, SheetSchema } from "../../sheets";
import type { CellBlock, CellFill, CellValue, WrittenCell } from "../../workbook";
import { ERROR_FILL, statusText, WARNING_FILL } from "../entities";

export interface DesiredRow {
  sheetRow: number;
  /** The row as read; null for a row appended below the table. */
  current: readonly CellValue[] | null;
  rowId: string;
  version: number;
  /** The content hash the row has as written (what the sheet and the store agree on); null keeps the cell's. */
  base: string | null;
  /** The record to show (valid or appended rows), or null to keep the user's cells. */
  record: Record<string, unknown> | null;
  issues: readonly Issue[];
  /** What the status cell says when the row has no issues (a note, e.g. what a date formula means). */
  note?: string;
}

/** The status cell's text: the issues, else the row's note, else nothing. */
function statusOf(row: DesiredRow): string {
  return row.issues.length > 0 ? statusText(row.issues) : (row.note ?? "");
}

/** v / 100 without binary noise (15.5 / 100 stays 0.155). */
function fraction(v: number): number {
  return +(v / 100).toPrecision(15);
}

/** Same cell content; a number and its text ("1" and 1) count as the same, as before: only types that differ need text. */
function sameCell(a: CellValue | undefined, b: CellValue): boolean {
  if (a === b) return true;
  if (a === undefined) return b === "";
  if (typeof a === typeof b) return false;
  return String(a) === String(b);
}

export function planWrites<R>(
  schema: SheetSchema<R>,
  map: ColumnMap,
  rows: readonly DesiredRow[],
  lang: Lang,
  formatOf?: (sheetRow: number, colIndex: number) => string,
): CellBlock[] {
  // A percent cell a person formatted with % holds a fraction (15 % is 0.15): write it in the cell's terms.
  const percentCols = formatOf
    ? schema.columns.flatMap((c) => (c.type === "percent" ? (map.fields.get(c.field) ?? []) : []))
    : [];
  const blocks: CellBlock[] = [];
  let open: { block: CellBlock; lastRow: number; from: number; to: number } | null = null;
  for (const row of [...rows].sort((a, b) => a.sheetRow - b.sheetRow)) {
    const target: CellValue[] = [];
    for (let c = 0; c < map.width; c++) target.push(row.current?.[c] ?? "");
    if (row.record) {
      const cells = formatRow(schema, row.record as R, lang);
      schema.columns.forEach((col, k) => {
        const at = map.fields.get(col.field);
        if (at !== undefined) target[at] = cells[k] ?? "";
      });
      if (formatOf && row.current !== null) {
        for (const at of percentCols) {
          const v = target[at];
          if (typeof v === "number" && formatShowsPercent(formatOf(row.sheetRow, at))) target[at] = fraction(v);
        }
      }
    }
    target[map.status] = statusOf(row);
    target[map.rowId] = row.rowId;
    target[map.rowVersion] = row.version > 0 ? String(row.version) : (row.current?.[map.rowVersion] ?? "");
    if (map.rowBase >= 0) target[map.rowBase] = row.base ?? row.current?.[map.rowBase] ?? "";

    let from = -1;
    let to = -1;
    const written: WrittenCell[] = [];
    for (let c = 0; c < map.width; c++) {
      const changed = row.current === null || !sameCell(row.current[c], target[c] as CellValue);
      // PS11: only cells whose value changes are written; an unchanged cell inside the span is left as it is (null),
      // so a person's own formula there is never turned into its value.
      written.push(changed ? (target[c] as CellValue) : null);
      if (changed) {
        if (from < 0) from = c;
        to = c;
      }
    }
    if (from < 0) continue;
    const values = written.slice(from, to + 1);
    if (open && open.lastRow + 1 === row.sheetRow && open.from === from && open.to === to) {
      open.block.values.push(values);
      open.lastRow = row.sheetRow;
      continue;
    }
    const block: CellBlock = { rowIndex: row.sheetRow, colIndex: from, values: [values] };
    blocks.push(block);
    open = { block, lastRow: row.sheetRow, from, to };
  }
  return blocks;
}

/** Rows made into DesiredRows this many at a time: the DesiredRows of a 500k paste never live at once (SP61). */
const DESIRED_SLICE = 8192;

/**
 * The blocks and fills for `rows` (in any order), each row made into its DesiredRow only while its slice is planned:
 * the same blocks planWrites makes of all rows at once (a block running on into the next slice is continued).
 */
export function planWriteBack<R, T extends { sheetRow: number }>(
  schema: SheetSchema<R>,
  map: ColumnMap,
  rows: readonly T[],
  desiredOf: (row: T) => DesiredRow,
  lang: Lang,
  formatOf?: (sheetRow: number, colIndex: number) => string,
): { blocks: CellBlock[]; fills: CellFill[] } {
  const ordered = rows.every((r, i) => i === 0 || (rows[i - 1] as T).sheetRow < r.sheetRow)
    ? rows
    : [...rows].sort((a, b) => a.sheetRow - b.sheetRow);
  const blocks: CellBlock[] = [];
  const fills: CellFill[] = [];
  for (let from = 0; from < ordered.length; from += DESIRED_SLICE) {
    const desired = ordered.slice(from, from + DESIRED_SLICE).map(desiredOf);
    for (const block of planWrites(schema, map, desired, lang, formatOf)) continueOrAdd(blocks, block);
    if (ordered === rows) for (const fill of planFills(map, desired)) fills.push(fill);
  }
  // Fills keep the rows' own order.
  if (ordered !== rows) {
    for (let from = 0; from < rows.length; from += DESIRED_SLICE) {
      for (const fill of planFills(map, rows.slice(from, from + DESIRED_SLICE).map(desiredOf))) fills.push(fill);
    }
  }
  return { blocks, fills };
}

/** Adds a block, or continues the last one when the block is its next rows over the same columns. */
function continueOrAdd(blocks: CellBlock[], block: CellBlock): void {
  const last = blocks[blocks.length - 1];
  const width = (b: CellBlock) => b.values[0]?.length ?? 0;
  if (
    last &&
    last.colIndex === block.colIndex &&
    last.rowIndex + last.values.length === block.rowIndex &&
    width(last) === width(block)
  ) {
    for (const values of block.values) last.values.push(values);
  } else blocks.push(block);
}

/** Highlight cells with issues (errors red, warnings yellow) and clear highlights of rows whose status changed. */
export function planFills(map: ColumnMap, rows: readonly DesiredRow[]): CellFill[] {
  const fills: CellFill[] = [];
  const columns = [...map.fields.values(), map.status];
  for (const row of rows) {
    const before = row.current === null ? "" : String(row.current[map.status] ?? "");
    const after = statusOf(row);
    if (before === after) continue; // same issues as last time: the highlighting is already there
    const flagged = new Map<number, string>();
    for (const issue of row.issues) {
      const col = map.fields.get(issue.field) ?? map.status;
      if (issue.severity === "error" || !flagged.has(col)) {
        flagged.set(col, issue.severity === "error" ? ERROR_FILL : WARNING_FILL);
      }
    }
    if (row.issues.length > 0) {
      const worst = row.issues.some((i) => i.severity === "error") ? ERROR_FILL : WARNING_FILL;
      flagged.set(map.status, worst);
    }
    if (before !== "") {
      for (const col of columns)
        if (!flagged.has(col)) fills.push({ rowIndex: row.sheetRow, colIndex: col, color: null });
    }
    for (const [col, color] of flagged) fills.push({ rowIndex: row.sheetRow, colIndex: col, color });
  }
  return fills;
}

/** Blank rows for records deleted through another sheet (the table keeps the empty row), fills cleared. */
export function clearRows(sheetRows: readonly number[], width: number): { blocks: CellBlock[]; fills: CellFill[] } {
  const blocks = sheetRows.map((rowIndex) => ({
    rowIndex,
    colIndex: 0,
    values: [new Array<CellValue>(width).fill("")],
  }));
  const fills: CellFill[] = [];
  for (const rowIndex of sheetRows) {
    for (let colIndex = 0; colIndex < width; colIndex++) fills.push({ rowIndex, colIndex, color: null });
  }
  return { blocks, fills };
}

/** How many rows a write-back touches (a row split over blocks, or with fills too, counts once): the progress's count. */
export function rowsWrittenBy(blocks: readonly CellBlock[], fills: readonly CellFill[]): number {
  const spans: [number, number][] = blocks.map((b) => [b.rowIndex, b.rowIndex + b.values.length]);
  for (const f of fills) spans.push([f.rowIndex, f.rowIndex + 1]);
  spans.sort((a, b) => a[0] - b[0]);
  let rows = 0;
  let reached = -Infinity;
  for (const [from, to] of spans) {
    if (to <= reached) continue;
    rows += to - Math.max(from, reached);
    reached = to;
  }
  return rows;
}
