/**
 * Cell storage of one sheet: an array of rows, each holding parallel arrays (values, formulas, number formats,
 * fills), so 100k-row tables stay cheap and inserting/deleting sheet rows is one splice.
 */
import type { CellValue } from "../../../src/workbook";
import { GENERAL, type CellContent } from "./cellInput";

export interface RowData {
  /** Dense up to its length; "" is an empty cell. */
  v: CellValue[];
  f: (string | undefined)[] | undefined;
  nf: (string | undefined)[] | undefined;
  fill: (string | undefined)[] | undefined;
  /** `nf` is one array shared by the rows a table grew into (inherited formats): copied before a write changes it. */
  nfShared?: boolean;
}

/** Everything a cell holds, for moving cells around (sort, shifts). */
export interface CellSnapshot {
  v: CellValue;
  f: string | undefined;
  nf: string | undefined;
  fill: string | undefined;
}

function newRow(): RowData {
  return { v: [], f: undefined, nf: undefined, fill: undefined };
}

export class SheetData {
  rows: (RowData | undefined)[] = [];

  value(r: number, c: number): CellValue {
    return this.rows[r]?.v[c] ?? "";
  }

  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.f?.[c];
  }

  format(r: number, c: number): string {
    return this.rows[r]?.nf?.[c] ?? GENERAL;
  }

  fill(r: number, c: number): string | null {
    return this.rows[r]?.fill?.[c] ?? null;
  }

  private row(r: number): RowData {
    let row = this.rows[r];
    if (!row) {
      row = newRow();
      this.rows[r] = row;
    }
    return row;
  }

  /**
   * Row `r` holds at least `width` cells, in an array of exactly that size: a block written cell by cell would grow
   * each row's array in steps with spare room (about 36 MB of empty slots over a 500k-row paste).
   */
  reserve(r: number, width: number): void {
    const row = this.row(r);
    const have = row.v.length;
    if (have >= width) return;
    const v = new Array<CellValue>(width);
    for (let c = 0; c < have; c++) v[c] = row.v[c] ?? "";
    row.v = v.fill("", have);
  }

  setContent(r: number, c: number, content: Pick<CellContent, "value" | "formula">): void {
    const row = this.row(r);
    while (row.v.length < c) row.v.push("");
    row.v[c] = content.value;
    if (content.formula !== undefined) (row.f ??= [])[c] = content.formula;
    else if (row.f && row.f[c] !== undefined) row.f[c] = undefined;
  }

  setFormat(r: number, c: number, numberFormat: string): void {
    const value = numberFormat === GENERAL ? undefined : numberFormat;
    const row = this.rows[r];
    if (value === undefined && !row?.nf) return;
    if (row?.nf?.[c] === value) return; // the same format: a shared array stays shared
    const own = this.row(r);
    if (own.nfShared) {
      own.nf = own.nf?.slice();
      own.nfShared = false;
    }
    (own.nf ??= [])[c] = value;
  }

  /**
   * Rows `from`–`to` take `formats` (by column; undefined keeps a cell's) where their cells have none: rows with no
   * formats of their own share the one array (a table grown by 500k rows holds one, not 500k copies).
   */
  inheritFormats(from: number, to: number, formats: readonly (string | undefined)[]): void {
    for (let r = from; r <= to; r++) {
      const row = this.rows[r];
      if (!row?.nf) {
        const own = this.row(r);
        own.nf = formats as (string | undefined)[];
        own.nfShared = true;
        continue;
      }
      formats.forEach((nf, c) => {
        if (nf !== undefined && this.format(r, c) === GENERAL) this.setFormat(r, c, nf);
      });
    }
  }

  setFill(r: number, c: number, color: string | null): void {
    const row = this.rows[r];
    if (color === null && !row?.fill) return;
    (this.row(r).fill ??= [])[c] = color ?? undefined;
  }

  take(r: number, c: number): CellSnapshot {
    const row = this.rows[r];
    return { v: row?.v[c] ?? "", f: row?.f?.[c], nf: row?.nf?.[c], fill: row?.fill?.[c] };
  }

  put(r: number, c: number, cell: CellSnapshot): void {
    if (cell.v === "" && cell.f === undefined && cell.nf === undefined && cell.fill === undefined && !this.rows[r]) {
      return;
    }
    this.setContent(r, c, { value: cell.v, formula: cell.f });
    this.setFormat(r, c, cell.nf ?? GENERAL);
    this.setFill(r, c, cell.fill ?? null);
  }

  /** Inserts blank rows; like Excel's default "format same as above", they take the formats of the row above. */
  insertRows(at: number, count: number): void {
    if (at > this.rows.length) return;
    const above = at > 0 ? this.rows[at - 1] : undefined;
    const fresh: (RowData | undefined)[] = [];
    for (let i = 0; i < count; i++) {
      fresh.push(
        above && (above.nf || above.fill)
          ? { v: [], f: undefined, nf: above.nf?.slice(), fill: above.fill?.slice() }
          : undefined,
      );
    }
    // F2: never spread a big array into a call (a paste of 130k rows overflows the stack).
    this.rows = this.rows.slice(0, at).concat(fresh, this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, count);
  }

  /** Rows and columns up to the last cell holding a value, formula or fill (0×0 when empty). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.rows.forEach((row, r) => {
      if (!row) return;
      let last = -1;
      for (let c = row.v.length - 1; c >= 0; c--) {
        if (row.v[c] !== "") {
          last = c;
          break;
        }
      }
      if (row.fill) for (let c = row.fill.length - 1; c > last; c--) if (row.fill[c] !== undefined) last = c;
      if (last >= 0) {
        rows = r + 1;
        cols = Math.max(cols, last + 1);
      }
    });
    return { rows, cols };
  }
}
