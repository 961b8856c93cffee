/**
 * What an in-body edit needs to take the fast path (rule SP20): the change hints a table heard since its last
 * reconcile began, and what that reconcile left the table as (its base): the header and its row, the body's rows,
 * the row ids at the body's edges and the rows its write-back wrote. A reconcile may read only the edited rows when
 * every hint since was a local `RangeEdited` inside the body's rows, the table has a base, and few rows are asked
 * for; anything else (a co-author's change, another change type, an address beyond the body, a table without a base)
 * takes the full path. Architecture.md has change events as hints only: this is the one exception.
 */
import type { EntityKind } from "../../domain";
import type { ColumnMap } from "../../sheets";
import type { CellBlock, CellValue, TableChange, TableRead } from "../../workbook";
import { addressRects } from "../../workbook";
import { plansIncrementally } from "../reconcile";
import type { PlannedTable } from "../reconcile";

/** Rows an edit's read may ask for (edited and written back since); more take the full path. */
export const MAX_EDIT_ROWS = 200;

/** What the last reconcile left the table as: what an edit's shape check compares with. */
export interface EditBase {
  headerRow: number;
  header: readonly string[];
  bodyRows: number;
  width: number;
  /** The row-id cells of the body's first and last rows, after the write-back. */
  edgeIds: readonly [CellValue, CellValue];
  /** Body rows the write-back wrote: read again with the next edit's rows (the planner holds them as read). */
  written: readonly number[];
}

export class EditHints {
  /** Per binding, the hints heard since its last reconcile began; null once one of them cannot take the fast path. */
  private readonly heard = new Map<string, TableChange[] | null>();
  private readonly bases = new Map<string, EditBase>();

  /** A change hint of the table (every one, before it is debounced); returns its source. */
  note(id: string, change: TableChange): TableChange["source"] {
    const so = this.heard.get(id);
    const edit =
      change.source === "local" &&
      change.changeType === "RangeEdited" &&
      change.address !== "" &&
      (so?.length ?? 0) < MAX_EDIT_ROWS; // a long burst of hints reads the whole table
    if (so !== null) this.heard.set(id, edit ? [...(so ?? []), change] : null);
    return change.source;
  }

  /**
   * A reconcile starts: the rows an in-body edit reads and the base they are checked against, or null for the full
   * path. Until it is done the table has no base (a reconcile that fails leaves it unknown).
   */
  start(id: string, hintsOnly: boolean): { rows: number[]; base: EditBase } | null {
    const rows = this.take(id, hintsOnly);
    const base = this.bases.get(id);
    this.bases.delete(id);
    return rows && base ? { rows, base } : null;
  }

  /**
   * Starts a reconcile: the body rows to read again for the hints heard so far (they are taken), or null for the full
   * path. `hintsOnly`: the reconcile has no other cause.
   */
  private take(id: string, hintsOnly: boolean): number[] | null {
    const hints = this.heard.get(id);
    this.heard.delete(id);
    const base = this.bases.get(id);
    if (!hintsOnly || !hints || hints.length === 0 || !base) return null;
    const rows = new Set(base.written);
    for (const hint of hints) {
      const rects = addressRects(hint.address);
      if (rects.length === 0) return null;
      for (const rect of rects) {
        const first = rect.row - base.headerRow - 1;
        if (first < 0 || first + rect.rows > base.bodyRows || rect.rows > MAX_EDIT_ROWS) return null;
        for (let r = first; r < first + rect.rows; r++) rows.add(r);
      }
    }
    return rows.size <= MAX_EDIT_ROWS ? [...rows].sort((a, b) => a - b) : null;
  }

  /** What a reconcile left the table as (null: unknown, the next reconcile takes the full path). */
  settled(id: string, base: EditBase | null): void {
    if (base) this.bases.set(id, base);
    else this.bases.delete(id);
  }
}

/** Rows a write-back writes, or null when more than an edit's read may ask for. */
export function writtenRows(blocks: readonly CellBlock[]): number[] | null {
  const rows = new Set<number>();
  for (const b of blocks) {
    for (let r = 0; r < b.values.length; r++) rows.add(b.rowIndex + r);
    if (rows.size > MAX_EDIT_ROWS) return null;
  }
  return [...rows];
}

/** The cell at (row, col) after the blocks are written over `before` (a block's null leaves the cell as it is). */
export function cellAfter(before: CellValue, blocks: readonly CellBlock[], row: number, col: number): CellValue {
  let value = before;
  for (const b of blocks) {
    const cell = b.values[row - b.rowIndex]?.[col - b.colIndex];
    if (cell !== undefined && cell !== null) value = cell;
  }
  return value;
}

/** The base a reconcile leaves: its read's header and size, its edges and rows after its write-back. */
export function editBaseOf(
  read: { headerRow: number; header: readonly string[]; bodyRows: number; width: number },
  edgeIds: readonly [CellValue, CellValue],
  idColumn: number,
  plan: Pick<PlannedTable, "blocks" | "heldWrites">,
): EditBase | null {
  // A write-back the planner held (SP62) wrote more rows than an edit's read may ask for: the next edit reads in full.
  if (plan.heldWrites) return null;
  const blocks = plan.blocks;
  const written = writtenRows(blocks);
  if (!written || read.bodyRows === 0) return null;
  const last = read.bodyRows - 1;
  const edges: [CellValue, CellValue] = [
    cellAfter(edgeIds[0], blocks, 0, idColumn),
    cellAfter(edgeIds[1], blocks, last, idColumn),
  ];
  return { ...read, edgeIds: edges, written };
}

/** What a whole read leaves to know once its rows are gone: the header, the size and the ids at the edges. */
export interface ReadShape {
  headerRow: number;
  header: string[];
  sheetName: string;
  bodyRows: number;
  width: number;
  idColumn: number;
  edgeIds: [CellValue, CellValue];
}

export function readShapeOf(read: TableRead, map: ColumnMap): ReadShape {
  const body = read.body;
  const { headerRow, header, sheetName } = read.info;
  const edgeIds: [CellValue, CellValue] = [body[0]?.[map.rowId] ?? "", body[body.length - 1]?.[map.rowId] ?? ""];
  return { headerRow, header, sheetName, bodyRows: body.length, width: map.width, idColumn: map.rowId, edgeIds };
}

/** The base a whole read's reconcile leaves (null for entities not planned only-what-changed, SP6). */
export function baseOfRead(
  entity: EntityKind,
  read: ReadShape,
  plan: PlannedTable,
  readAgain: boolean,
): EditBase | null {
  if (!plansIncrementally(entity) || readAgain || plan.clearedRows.length > 0 || plan.bodyRows !== read.bodyRows)
    return null;
  const { headerRow, header, bodyRows, width, idColumn, edgeIds } = read;
  return editBaseOf({ headerRow, header, bodyRows, width }, edgeIds, idColumn, plan);
}
