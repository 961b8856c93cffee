/**
 * What a *person* does to the simulated workbook: the dev host's grid and the tests drive the sim
 * through this interface, while add-in code reaches it only through the Excel JS API subset (`sim.run`).
 * Rows and columns are 0-based sheet coordinates.
 */
import type { CellValue } from "../../src/workbook";

export interface SimCellView {
  /** What `Range.values` would give (a formula shows as its formula text prefixed by "=" is never evaluated: value is "#NAME?"). */
  value: CellValue;
  /** Formula text when the cell holds a formula, else "". */
  formula: string;
  numberFormat: string;
  /** Fill colour like "#FFC7CE", or null. */
  fill: string | null;
}

export interface SimTableView {
  name: string;
  sheetName: string;
  /** Header row index. */
  top: number;
  left: number;
  /** Last body row (== top when the body is empty). */
  bottom: number;
  right: number;
}

export interface SimSelection {
  sheetName: string;
  row: number;
  col: number;
}

/** Saved form of the workbook (what a file would hold): JSON-serialisable. */
export interface SimWorkbookState {
  version: 1;
  sheets: unknown[];
  tables: unknown[];
  settings: Record<string, string>;
  activeSheet: string;
  /** Workbook-scoped defined names (only when there are any). */
  names?: { name: string; formula: string }[];
  /** Charts, with the range each shows (only when there are any). */
  charts?: unknown[];
}

/**
 * A block of cell texts handed over one row at a time, in order: a 500k-row paste need not exist as 500k row arrays
 * at once (they would outlive the young generation and sit in the page's heap as garbage).
 */
export interface SimTextRows {
  readonly rows: number;
  readonly cols: number;
  /** Row `i` (asked for in order, each once); missing cells at its end are empty. */
  row(i: number): readonly string[];
}

export interface SimUserApi {
  /** The sheet tabs a person sees: visible sheets, in order (hidden and very hidden ones are left out). */
  sheetNames(): string[];
  /** Every sheet with its visibility, as code sees them. */
  sheetVisibilities(): { name: string; visibility: "Visible" | "Hidden" | "VeryHidden" }[];
  activeSheet(): string;
  setActiveSheet(name: string): void;
  addSheet(name: string): void;
  /** Extent of used cells (at least 1×1). */
  usedSize(sheetName: string): { rows: number; cols: number };
  cell(sheetName: string, row: number, col: number): SimCellView;
  isColumnHidden(sheetName: string, col: number): boolean;
  columnWidth(sheetName: string, col: number): number;
  tables(sheetName?: string): SimTableView[];
  /**
   * Type or paste text into a block starting at (row, col), as Excel does for a person: in a cell whose
   * number format is "@" the text stays text; elsewhere numeric text becomes a number, TRUE/FALSE a boolean,
   * a leading "=" a formula, and "" clears the cell. Writing directly below or beside a table grows it.
   * Fires one worksheet and one table change event for the whole block (details only for a single cell).
   */
  userEdit(sheetName: string, row: number, col: number, text: readonly (readonly string[])[] | SimTextRows): void;
  userInsertRows(sheetName: string, row: number, count: number): void;
  userDeleteRows(sheetName: string, row: number, count: number): void;
  /** Sort a table's body by one of its columns (0-based within the table). Formats move with the cells. */
  userSortTable(tableName: string, colIndex: number, ascending: boolean): void;
  userDeleteTable(tableName: string): void;
  userDeleteSheet(sheetName: string): void;
  /** Rename a sheet by its tab (Excel activates the sheet as the person double-clicks it); Excel's name rules apply. */
  userRenameSheet(sheetName: string, newName: string): void;
  selection(): SimSelection;
  userSelect(sel: SimSelection): void;
  /** Called after any change (by the user or the add-in) and after selection changes. */
  subscribe(listener: () => void): () => void;
  save(): SimWorkbookState;
}
