/**
 * A tiny in-memory `SimUserApi` for this folder's jest tests (the real sim lives in dev/excel-sim).
 * It records every user call so tests can check what the grid asked for.
 */
import type { CellValue } from "../../../src/workbook";
import type { SimCellView, SimSelection, SimTableView, SimUserApi, SimWorkbookState } from "../../excel-sim/simUserApi";

export interface FakeCall {
  method: string;
  args: unknown[];
}

export interface FakeSim extends SimUserApi {
  calls: FakeCall[];
  /** Put a cell directly (as the add-in would), without recording a user call. */
  put(sheetName: string, row: number, col: number, view: Partial<SimCellView>): void;
  hide(sheetName: string, col: number): void;
  addTable(table: SimTableView): void;
}

const EMPTY: SimCellView = { value: "", formula: "", numberFormat: "General", fill: null };

function typed(text: string): CellValue {
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

export function createFakeSim(sheets: readonly string[] = ["Sheet1"]): FakeSim {
  const names = [...sheets];
  const cells = new Map<string, SimCellView>();
  const hidden = new Set<string>();
  const tables: SimTableView[] = [];
  const listeners = new Set<() => void>();
  let active = names[0] ?? "Sheet1";
  let selection: SimSelection = { sheetName: active, row: 0, col: 0 };
  const calls: FakeCall[] = [];
  const key = (s: string, r: number, c: number) => `${s}\u0000${r}\u0000${c}`;
  const notify = () => listeners.forEach((l) => l());
  const record = (method: string, args: unknown[]) => {
    calls.push({ method, args });
    notify();
  };
  return {
    calls,
    put: (s, r, c, view) => cells.set(key(s, r, c), { ...EMPTY, ...view }),
    hide: (s, c) => hidden.add(`${s}\u0000${c}`),
    addTable: (t) => tables.push(t),
    sheetNames: () => [...names],
    sheetVisibilities: () => names.map((name) => ({ name, visibility: "Visible" as const })),
    activeSheet: () => active,
    setActiveSheet: (name) => {
      active = name;
      notify();
    },
    addSheet: (name) => names.push(name),
    usedSize: (s) => {
      let rows = 1;
      let cols = 1;
      for (const k of cells.keys()) {
        const [sheet, r, c] = k.split("\u0000");
        if (sheet !== s) continue;
        rows = Math.max(rows, Number(r) + 1);
        cols = Math.max(cols, Number(c) + 1);
      }
      return { rows, cols };
    },
    cell: (s, r, c) => cells.get(key(s, r, c)) ?? EMPTY,
    isColumnHidden: (s, c) => hidden.has(`${s}\u0000${c}`),
    columnWidth: () => 8.43,
    tables: (s) => tables.filter((t) => s === undefined || t.sheetName === s),
    userEdit: (s, r, c, block) => {
      // A pasted block is read row by row, as the real sim reads it; recorded as plain rows.
      const text =
        "row" in block ? Array.from({ length: block.rows }, (_, i) => [...block.row(i)]) : block.map((l) => [...l]);
      text.forEach((line, i) => line.forEach((t, j) => cells.set(key(s, r + i, c + j), { ...EMPTY, value: typed(t) })));
      record("userEdit", [s, r, c, text]);
    },
    userInsertRows: (...args) => record("userInsertRows", args),
    userDeleteRows: (...args) => record("userDeleteRows", args),
    userSortTable: (...args) => record("userSortTable", args),
    userDeleteTable: (...args) => record("userDeleteTable", args),
    userDeleteSheet: (...args) => record("userDeleteSheet", args),
    userRenameSheet: (...args) => record("userRenameSheet", args),
    selection: () => selection,
    userSelect: (sel) => {
      selection = sel;
      notify();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    save: (): SimWorkbookState => ({ version: 1, sheets: [], tables: [], settings: {}, activeSheet: active }),
  };
}
