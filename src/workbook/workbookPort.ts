/**
 * The narrow port through which the sync engine reaches the workbook. The Excel implementation
 * (`excelWorkbook.ts`) is the only code that names Office.js; `dev/excel-sim` stands in for Excel in
 * tests and in the dev host, underneath that same implementation.
 */

/** A sheet of figures with a native chart over a block of them (chartSheet.ts writes it). */
export interface ChartSheetSpec {
  sheetName: string;
  /** Rows written from A1: text and numbers. */
  rows: readonly (readonly (string | number)[])[];
  /** Cleared first (an earlier, longer version of the sheet): rows and columns from A1. */
  clearRows: number;
  clearCols: number;
  chart: {
    name: string;
    title: string;
    type: "ColumnClustered" | "Line";
    /** The block the chart shows: its header row (series names) and first column (categories), 0-based in `rows`. */
    top: number;
    rowCount: number;
    colCount: number;
  };
}

/** A cell value as Excel's `Range.values` gives it. Empty cells are `""`. */
export type CellValue = string | number | boolean;

/** Column layout of a table the add-in creates. */
export interface TableColumnSpec {
  caption: string;
  /** Excel number format for the body: "@" (text, so "=x" never becomes a formula), "yyyy-mm-dd", "0.00", "General"… */
  numberFormat: string;
  hidden?: boolean;
  /** Character width hint for new tables. */
  width?: number;
  /**
   * Data-validation list for the body: an Excel list source, e.g. `=CampaignDesk.ItemTable.no` (a defined name) or `"A,B,C"`.
   * Shown as an in-cell drop-down with an "Information" alert, so a person may still type or paste anything
   * (the domain judges). Excel extends it to rows the table grows into.
   */
  list?: string | undefined;
}

/**
 * Conditional formats of the status column (`index` into `TableSpec.columns`): body cells beginning with
 * `errorText` get a light-red fill and dark-red font (#FFC7CE / #9C0006), with `warningText` yellow (#FFEB9C / #9C5700).
 */
export interface StatusColumnSpec {
  index: number;
  errorText: string;
  warningText: string;
}

export interface TableSpec {
  sheetName: string;
  tableName: string;
  columns: readonly TableColumnSpec[];
  statusColumn?: StatusColumnSpec | undefined;
  /** A new sheet is made very hidden (the workbook's own state: only code can see it; Excel's UI cannot unhide it). */
  hidden?: boolean | undefined;
  /** Text rows shown above a new table (e.g. a segment's header); the table starts one blank row below them. */
  above?: readonly (readonly string[])[] | undefined;
}

/** Where a table is, as read from the workbook. */
export interface TableInfo {
  tableName: string;
  sheetName: string;
  /** Header captions as they are in the sheet now (users may rename or move them). */
  header: string[];
  /** 0-based sheet row of the header (0 for a table at A1; below a segment's header lines otherwise). */
  headerRow: number;
  rowCount: number;
}

/** A cell to write: a value, or `null` to leave the cell as it is (a person's formula in a block stays theirs). */
export type WrittenCell = CellValue | null;

/**
 * A rectangular block of the table body: `rowIndex` is 0-based within the body, `colIndex` 0-based within the table.
 * A string is written as text: its cell gets the Text format "@" first, in the same batch (PS11).
 */
export interface CellBlock {
  rowIndex: number;
  colIndex: number;
  values: WrittenCell[][];
}

/** A write-back in slices: `slice(k)` for k below `count`, each asked for again if the write starts over. */
export interface CellSlices {
  count: number;
  slice(index: number): Promise<{ blocks: readonly CellBlock[]; fills: readonly CellFill[] }>;
}

/** Cell highlighting: a fill colour for one body cell, or `null` to clear it. */
export interface CellFill {
  rowIndex: number;
  colIndex: number;
  color: string | null;
}

/** A workbook-scoped defined name and the formula it refers to ("=ItemTable[[No.]]"). */
export interface NameDefinition {
  name: string;
  formula: string;
  /** Only create it: a name that exists keeps its formula. */
  onlyIfMissing?: boolean;
}

/** A hint that a bound table (or the sheet holding it) changed. Never trusted for details. */
export interface TableChange {
  tableName: string;
  /** "local" (this user) or "remote" (a co-author), as Excel reports it. */
  source: "local" | "remote";
  changeType: string;
  address: string;
}

/** Counts the port keeps so benchmarks and tests can check Excel round trips. */
export interface WorkbookStats {
  syncs: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface ReadProgress {
  rowsRead: number;
  rowCount: number;
}

export interface ReadTableOptions {
  /**
   * Table columns (0-based) whose body number formats are read too, in the same chunks (e.g. percent columns).
   * A function gets the header read in the first chunk, so it can find columns a person moved; the adapter
   * predicts its answer from the header seen last time and costs an extra sync only when that header changed.
   */
  formatColumns?: readonly number[] | ((header: string[]) => readonly number[]) | undefined;
  /**
   * Number columns (0-based, from the header read) where a date serial would be misread as a number (PS12): cells
   * holding a whole number in the serials of 2000–2099 have their number format loaded, and those showing a date are
   * listed in `TableRead.dateCells`.
   */
  dateColumns?: ((header: string[]) => readonly number[]) | undefined;
}

/** A whole table as `readTable` gives it. */
export interface TableRead {
  info: TableInfo;
  body: CellValue[][];
  /** Number format of every body row, per column asked for in `formatColumns` (empty when none was asked for). */
  formats: Map<number, string[]>;
  /** [row, column] of body cells holding an Excel error value (`#DIV/0!`…), not text that looks like one. */
  errorCells?: [number, number][];
  /** [row, column] of cells in `dateColumns` holding a date (a number Excel read as a date, PS12). */
  dateCells?: [number, number][];
}

/** Body rows read by index for an in-body edit (rule SP20), with what its shape check needs. */
export interface RowsRead {
  sheetName: string;
  header: string[];
  /** 0-based sheet row of the header. */
  headerRow: number;
  rowCount: number;
  columnCount: number;
  /** The cells in the row-id column of the body's first and last rows. */
  edgeIds: [CellValue, CellValue];
  /** The rows asked for that are in the body, by 0-based body index, with every cell's number format. */
  rows: { index: number; cells: CellValue[]; formats: string[] }[];
  /** [body index, column] of cells holding an Excel error value (PS6). */
  errorCells: [number, number][];
  /** [body index, column] of cells in the date columns asked for that hold a date (PS12). */
  dateCells: [number, number][];
}

export interface WorkbookPort {
  /** The table and its header, or `null` when the table (or its sheet) no longer exists. */
  getTable(tableName: string): Promise<TableInfo | null>;
  /**
   * Create the sheet (if missing) and a table with the given columns at A1, or adopt the existing table
   * of that name. Returns the table as it is after the call. Column lists and status formats are applied on
   * creation, and re-applied on adoption to the columns whose current caption equals the spec's (case-insensitive);
   * the rules go in the same round trips whatever the row count.
   */
  ensureTable(spec: TableSpec): Promise<TableInfo>;
  /**
   * Header and whole body in payload-sized chunks (one sync each; the first also finds the table and its
   * header), or `null` when the table or its sheet no longer exists. `options.formatColumns` adds those
   * columns' number formats to the same chunks.
   */
  readTable(
    tableName: string,
    onProgress?: (p: ReadProgress) => void,
    signal?: AbortSignal,
    options?: ReadTableOptions,
  ): Promise<TableRead | null>;
  /**
   * Body rows by 0-based index with the header, the body's size and the row ids at its edges, in one sync (SP20);
   * `null` when the table is gone. `dateColumns` as in `readTable`. Absent where only whole reads are offered.
   */
  readRows?(
    tableName: string,
    indexes: readonly number[],
    idColumn: number,
    dateColumns: readonly number[],
  ): Promise<RowsRead | null>;
  /** Read the whole body, in payload-sized chunks with one sync each. */
  readBody(tableName: string, onProgress?: (p: ReadProgress) => void, signal?: AbortSignal): Promise<CellValue[][]>;
  /**
   * Write blocks of body cells (chunked by payload, one sync per chunk) with the add-in's own events muted
   * and calculation suspended. Blocks may extend below the body: the table grows (written below it, not with rows.add).
   */
  writeCells(tableName: string, blocks: readonly CellBlock[], fills?: readonly CellFill[]): Promise<void>;
  /**
   * writeCells for a write-back fetched a slice at a time, in row order (a 500k-row write is never on this thread at
   * once, rule SP62): one `Excel.run`, each slice's cells written as they come.
   */
  writeCellSlices(tableName: string, slices: CellSlices): Promise<void>;
  /**
   * Subscribe to change hints of one table: its own changes, and changes on its sheet that touch it, the row below it
   * or the column right of it (any change type). Returns an unsubscribe function.
   */
  onTableChanged(tableName: string, listener: (change: TableChange) => void): Promise<() => Promise<void>>;
  /** Subscribe to the activation of the sheet holding the table. Returns an unsubscribe function. */
  onSheetActivated(tableName: string, listener: () => void): Promise<() => Promise<void>>;
  /** Names of the tables on the sheet that is active now. */
  tablesOnActiveSheet(): Promise<string[]>;
  /**
   * Activate the table's sheet and select its first empty row (the first of the blank rows at the end of the body, or
   * the row below it). "inactiveWorkbook" when Excel refuses because another workbook has the focus.
   */
  showTable(tableName: string): Promise<"shown" | "inactiveWorkbook">;
  /** Select one body cell and bring it into view ("inactiveWorkbook" as for `showTable`). */
  selectCell(tableName: string, rowIndex: number, colIndex: number): Promise<"shown" | "inactiveWorkbook">;
  /** The body row whose cell in column `colIndex` holds `value` (a row id), or -1; reads that one column. */
  rowIndexOf(tableName: string, colIndex: number, value: string): Promise<number>;
  /** Writes a sheet of figures (made if missing) with a native chart over a block of them (chartSheet.ts). */
  writeChartSheet(spec: ChartSheetSpec): Promise<void>;
  /** Write text cells (as text, never formulas) at a place on a sheet outside any table, in one sync. */
  writeSheetText(
    sheetName: string,
    rowIndex: number,
    colIndex: number,
    rows: readonly (readonly string[])[],
  ): Promise<void>;
  /** Where the file is (its URL or path, as Office reports it), or null for a file never saved. */
  documentUrl(): Promise<string | null>;
  /** Deletes the worksheet holding the table (a deleted campaign's own sheet); "kept" when gone or refused. */
  removeSheetOf(tableName: string): Promise<"removed" | "kept">;
  /** Deletes the table's body rows at `rowIndexes` (0-based) that are blank now, bottom-up; how many went. */
  deleteBlankRows(tableName: string, rowIndexes: readonly number[]): Promise<number>;
  /**
   * Creates workbook-scoped names (the sources of drop-down lists), or replaces a name's formula when it differs
   * (unless the definition says `onlyIfMissing`). One round trip to read them, one more only if any changes.
   */
  defineNames(names: readonly NameDefinition[]): Promise<void>;
  /**
   * Tags the workbook so it opens the task pane for people who have the add-in (the document setting
   * `Office.AutoShowTaskpaneWithDocument` = true; the manifest's button has that TaskpaneId). Written only if missing.
   */
  enableAutoOpen(): Promise<void>;
  /** Binding metadata that travels with the workbook (JSON text), or `null` if none. */
  readMetadata(key: string): Promise<string | null>;
  writeMetadata(key: string, value: string): Promise<void>;
  /**
   * Reports `true` once Excel has held one of our requests for ~300 ms (a person is editing a cell: requests wait
   * until they leave it) and `false` when every held request has been answered. Returns an unsubscribe function.
   */
  onDelayed(listener: (delayed: boolean) => void): () => void;
  stats(): WorkbookStats;
}
