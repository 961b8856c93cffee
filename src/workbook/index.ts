/** workbook/: the WorkbookPort and its Excel implementation — the only code that calls Office.js. */

/** A cell value as `Range.values` gives it (empty = ""). */
export type { CellValue } from "./workbookPort";
/** Column layout of a table the add-in creates (caption, number format, hidden, width, list validation). */
export type { TableColumnSpec } from "./workbookPort";
/** Sheet, table name, columns and status-column formats of a table to create or adopt. */
export type { TableSpec } from "./workbookPort";
/** Status column of a table: cells beginning with the error / warning text get red / yellow conditional formats. */
export type { StatusColumnSpec } from "./workbookPort";
/** Body rows read by index for an in-body edit, with the table's shape (`readRows`, SP20). */
export type { RowsRead } from "./workbookPort";
/** Options of `readTable` (`formatColumns`: also read those columns' number formats). */
export type { ReadTableOptions } from "./workbookPort";
/** What `readTable` returns: info, body and the number formats asked for. */
export type { TableRead } from "./workbookPort";
/** A table as read from the workbook: names, current header captions, body row count. */
export type { TableInfo } from "./workbookPort";
/** A rectangular block of body cells (body-relative row, table-relative column). */
export type { CellBlock } from "./workbookPort";
/** A fill colour for one body cell, or null to clear it. */
export type { CellFill, CellSlices } from "./workbookPort";
/** A defined name and its formula (drop-down list sources). */
export type { NameDefinition } from "./workbookPort";
/** A change hint for a bound table (local or remote). */
export type { TableChange } from "./workbookPort";
/** Sync and byte counters of the adapter. */
export type { WorkbookStats } from "./workbookPort";
/** Progress of a chunked body read. */
export type { ReadProgress } from "./workbookPort";
/** The narrow port through which the sync engine reaches the workbook. */
export type { WorkbookPort } from "./workbookPort";
/** `Excel.run`'s shape: production passes `Excel.run`, tests and the dev host the simulator's `run`. */
export type { ExcelRun } from "./excelSession";
/** setTimeout/clearTimeout as the adapter takes them (injected in tests). */
export type { WorkbookTimers } from "./delayWatch";
/** `Office.context.requirements.isSetSupported`'s shape. */
export type { IsSetSupported } from "./excelSession";
/** Options of `createExcelWorkbook` (payload limit per request/response; default 5 MB; timers; isSetSupported). */
export type { ExcelWorkbookOptions } from "./excelWorkbook";
/** A1 addresses as change events give them, as 0-based rectangles (pure). */
export { addressRects } from "./a1Address";
export type { CellRect } from "./a1Address";
/** The WorkbookPort over the Excel JS API, through the injected `run`. */
export { createExcelWorkbook } from "./excelWorkbook";
/** Fill and font colours of the status column's error and warning conditional formats. */
export { STATUS_COLORS } from "./columnRules";
/** Thrown by `ensureTable` instead of writing a new table's header over cells a person filled. */
export { SheetNotEmptyError } from "./tableAccess";
/** The ExcelApi requirement set the adapter needs unconditionally (the manifest's MinVersion). */
export { EXCEL_API_FLOOR } from "./requirementSets";
/** Office display language → the add-in's language ("da-DK" → "da", else "en"). */
export { displayLanguageToLang } from "./language";
/** Whether a download from the task pane works on the Office platform (not on Mac: office-js #2700). */
export { downloadsWork } from "./platform";
/** Excel's error values as `Range.values` shows them; the adapter loads `valueTypes` only for such cells (PS6). */
export { EXCEL_ERROR_TEXTS } from "./errorCells";
/** A cell to write: a value, or null to leave the cell as it is. */
export type { WrittenCell } from "./workbookPort";
/** A sheet of figures with a native chart over a block of them (a campaign's statistics). */
export type { ChartSheetSpec } from "./workbookPort";
