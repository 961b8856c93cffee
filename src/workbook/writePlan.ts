/**
 * Pure planning of a `writeCells` call: validate the blocks, cut them into payload-sized operations
 * (values, number formats for rows the table grows into, fills) and pack those into one request each.
 */
import { jsonBytes } from "./excelSession";
import type { CellBlock, CellFill, WrittenCell } from "./workbookPort";

/** Rough JSON cost of one queued API call and its proxy objects in a request. */
export const OP_OVERHEAD_BYTES = 300;
/** Per-cell cost of `[["@"]]`-like number-format arrays. */
const FORMAT_CELL_BYTES = 6; // `["@"],`

/** Positions are body-relative (row 0 = first body row), columns table-relative. */
export type WriteOp =
  | { kind: "values"; rowIndex: number; colIndex: number; values: WrittenCell[][] }
  | { kind: "formats"; rowIndex: number; colIndex: number; formats: string[][] }
  | { kind: "fill"; rowIndex: number; colIndex: number; rows: number; color: string | null };

/** What the plan needs to know of the table before writing. */
export interface TableShape {
  rowCount: number;
  columnCount: number;
  /** Number formats of the last body row: rows the table grows into get the same. */
  lastRowFormats: readonly string[];
}

/**
 * A string the add-in writes is text, and is written into a text ("@") cell (PS11): in a General cell Excel reads
 * it like typed input, so "=x", "+45 …" and "@x" become formulas, "00123" and "1,5" numbers, "TRUE" a boolean and
 * "1-2" a date. An empty string only clears the cell.
 */
export function isTextCell(value: WrittenCell): boolean {
  return typeof value === "string" && value !== "";
}

/** Vertical runs of text cells per column of a values block (block-relative). */
export function textRuns(values: readonly WrittenCell[][]): { row: number; col: number; rows: number }[] {
  const runs: { row: number; col: number; rows: number }[] = [];
  const width = values[0]?.length ?? 0;
  for (let col = 0; col < width; col += 1) {
    let start = -1;
    for (let row = 0; row <= values.length; row += 1) {
      const hit = row < values.length && isTextCell(values[row]?.[col] ?? "");
      if (hit && start < 0) start = row;
      if (!hit && start >= 0) {
        runs.push({ row: start, col, rows: row - start });
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * Bytes of ops already costed: a slice's size is known from cutting it, and packing, writing and counting would
 * otherwise measure every row's JSON three more times (50,000 rows written after a Log Segment).
 */
const costed = new WeakMap<WriteOp, number>();

/** Estimated request bytes of one operation. */
export function opBytes(op: WriteOp): number {
  const known = costed.get(op);
  if (known !== undefined) return known;
  const bytes = measuredBytes(op);
  costed.set(op, bytes);
  return bytes;
}

function measuredBytes(op: WriteOp): number {
  switch (op.kind) {
    case "values": {
      const runs = textRuns(op.values);
      const textCells = runs.reduce((sum, run) => sum + run.rows, 0);
      return OP_OVERHEAD_BYTES + jsonBytes(op.values) + runs.length * OP_OVERHEAD_BYTES + textCells * FORMAT_CELL_BYTES;
    }
    case "formats":
      return OP_OVERHEAD_BYTES + jsonBytes(op.formats);
    case "fill":
      return OP_OVERHEAD_BYTES + jsonBytes(op.color);
  }
}

function validateBlocks(blocks: readonly CellBlock[], shape: TableShape): { sorted: CellBlock[]; finalRows: number } {
  const sorted = [...blocks].sort((a, b) => a.rowIndex - b.rowIndex);
  let end = shape.rowCount;
  for (const block of sorted) {
    const width = block.values[0]?.length ?? 0;
    if (block.values.some((row) => row.length !== width))
      throw new RangeError("writeCells: a block is not rectangular.");
    if (block.rowIndex < 0 || block.colIndex < 0 || block.colIndex + width > shape.columnCount) {
      throw new RangeError(
        `writeCells: block at (${block.rowIndex}, ${block.colIndex}) lies outside the table's columns.`,
      );
    }
    // Only a write directly below the table grows it; a gap would leave rows outside the table.
    if (block.rowIndex > end) {
      throw new RangeError(
        `writeCells: block at body row ${block.rowIndex} leaves a gap below the table (${end} rows).`,
      );
    }
    if (width > 0) end = Math.max(end, block.rowIndex + block.values.length);
  }
  return { sorted, finalRows: end };
}

/** Cut a block into row slices whose estimated request size stays within the budget. */
function sliceBlock(block: CellBlock, budgetBytes: number): WriteOp[] {
  const slices: WriteOp[] = [];
  let start = 0;
  // "[" + "]" of the outer array, minus the comma the first row does not need.
  let bytes = OP_OVERHEAD_BYTES + 1;
  // A row's cost: its JSON, plus text formats for text cells (a new format op where the run starts).
  const rowCost = (index: number, continuing: boolean): number => {
    const row = block.values[index] ?? [];
    const above = continuing ? block.values[index - 1] : undefined;
    let cost = jsonBytes(row) + 1;
    row.forEach((value, col) => {
      if (!isTextCell(value)) return;
      cost += FORMAT_CELL_BYTES + (above !== undefined && isTextCell(above[col] ?? "") ? 0 : OP_OVERHEAD_BYTES);
    });
    return cost;
  };
  block.values.forEach((_, index) => {
    let cost = rowCost(index, index > start);
    if (index > start && bytes + cost > budgetBytes) {
      slices.push(costedSlice(block, start, index, bytes));
      start = index;
      bytes = OP_OVERHEAD_BYTES + 1;
      cost = rowCost(index, false);
    }
    bytes += cost;
  });
  if (block.values.length > start) slices.push(costedSlice(block, start, block.values.length, bytes));
  return slices;
}

/** Rows [from, to) of a block as one op, with the bytes summed while cutting it (equal to `opBytes` of it). */
function costedSlice(block: CellBlock, from: number, to: number, bytes: number): WriteOp {
  const op: WriteOp = {
    kind: "values",
    rowIndex: block.rowIndex + from,
    colIndex: block.colIndex,
    values: block.values.slice(from, to),
  };
  costed.set(op, bytes);
  return op;
}

/** Number-format ops giving rows [from, to) the formats of the last body row (non-General column spans only). */
function growthFormats(from: number, to: number, formats: readonly string[], budgetBytes: number): WriteOp[] {
  const ops: WriteOp[] = [];
  let col = 0;
  while (col < formats.length) {
    if ((formats[col] ?? "General") === "General") {
      col += 1;
      continue;
    }
    let end = col + 1;
    while (end < formats.length && (formats[end] ?? "General") !== "General") end += 1;
    const row = formats.slice(col, end);
    const rowsPerOp = Math.max(1, Math.floor((budgetBytes - OP_OVERHEAD_BYTES) / (jsonBytes(row) + 1)));
    for (let start = from; start < to; start += rowsPerOp) {
      const rows = Math.min(rowsPerOp, to - start);
      ops.push({ kind: "formats", rowIndex: start, colIndex: col, formats: Array.from({ length: rows }, () => row) });
    }
    col = end;
  }
  return ops;
}

/** One fill op per vertical run of equal colour in a column; the last fill given for a cell wins. */
function fillOps(fills: readonly CellFill[], finalRows: number, columnCount: number): WriteOp[] {
  const byCell = new Map<string, CellFill>();
  for (const fill of fills) {
    if (fill.rowIndex < 0 || fill.rowIndex >= finalRows || fill.colIndex < 0 || fill.colIndex >= columnCount) {
      throw new RangeError(`writeCells: fill at (${fill.rowIndex}, ${fill.colIndex}) lies outside the table.`);
    }
    byCell.set(`${fill.colIndex}:${fill.rowIndex}`, fill);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.colIndex - b.colIndex || a.rowIndex - b.rowIndex);
  const ops: { kind: "fill"; rowIndex: number; colIndex: number; rows: number; color: string | null }[] = [];
  for (const fill of sorted) {
    const last = ops[ops.length - 1];
    if (last?.colIndex === fill.colIndex && last.color === fill.color && last.rowIndex + last.rows === fill.rowIndex) {
      last.rows += 1;
    } else {
      ops.push({ kind: "fill", rowIndex: fill.rowIndex, colIndex: fill.colIndex, rows: 1, color: fill.color });
    }
  }
  return ops;
}

/** Pack operations, in order, into groups of at most `budgetBytes` (one request, one sync each). */
export function packOps(ops: readonly WriteOp[], budgetBytes: number): WriteOp[][] {
  const groups: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const cost = opBytes(op);
    if (current.length > 0 && bytes + cost > budgetBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += cost;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Values first (in row order, so the table grows row by row), then fills (format after values). */
export function planWrite(
  blocks: readonly CellBlock[],
  fills: readonly CellFill[],
  shape: TableShape,
  budgetBytes: number,
): WriteOp[][] {
  const { sorted, finalRows } = validateBlocks(blocks, shape);
  const slices = sorted.flatMap((block) => sliceBlock(block, budgetBytes)).sort((a, b) => a.rowIndex - b.rowIndex);
  const ops: WriteOp[] = [];
  let formattedTo = shape.rowCount;
  for (const slice of slices) {
    const end = slice.kind === "values" ? slice.rowIndex + slice.values.length : slice.rowIndex;
    if (end > formattedTo) {
      for (const op of growthFormats(formattedTo, end, shape.lastRowFormats, budgetBytes)) ops.push(op);
      formattedTo = end;
    }
    ops.push(slice);
  }
  for (const op of fillOps(fills, finalRows, shape.columnCount)) ops.push(op); // F2: never spread into push
  return packOps(ops, budgetBytes);
}

/** Halve an operation by rows for a retry after a payload error; null when it is a single row. */
export function splitOp(op: WriteOp): [WriteOp, WriteOp] | null {
  switch (op.kind) {
    case "values": {
      if (op.values.length < 2) return null;
      const half = Math.ceil(op.values.length / 2);
      return [
        { ...op, values: op.values.slice(0, half) },
        { ...op, rowIndex: op.rowIndex + half, values: op.values.slice(half) },
      ];
    }
    case "formats": {
      if (op.formats.length < 2) return null;
      const half = Math.ceil(op.formats.length / 2);
      return [
        { ...op, formats: op.formats.slice(0, half) },
        { ...op, rowIndex: op.rowIndex + half, formats: op.formats.slice(half) },
      ];
    }
    case "fill": {
      if (op.rows < 2) return null;
      const half = Math.ceil(op.rows / 2);
      return [
        { ...op, rows: half },
        { ...op, rowIndex: op.rowIndex + half, rows: op.rows - half },
      ];
    }
  }
}

/** The parts of `blocks` at body rows `from` and below. */
export function blocksFrom(blocks: readonly CellBlock[], from: number): CellBlock[] {
  return blocks.flatMap((b) => {
    const skip = Math.max(0, from - b.rowIndex);
    return skip >= b.values.length ? [] : [{ ...b, rowIndex: b.rowIndex + skip, values: b.values.slice(skip) }];
  });
}
