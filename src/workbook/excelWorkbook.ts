/**
 * The WorkbookPort over the Excel JS API. The only code of Campaign Desk that calls Office.js, and
 * only through the injected `run` (`Excel.run` in production, the simulator's `run` in tests).
 */
import { readBody, readTable } from "./bodyReader";
import { readRowsAt } from "./rowsReader";
import { writeCellSlices, writeCells } from "./cellWriter";
import type { WorkbookTimers } from "./delayWatch";
import type { ExcelRun, IsSetSupported } from "./excelSession";
import { DEFAULT_PAYLOAD_LIMIT_BYTES, ExcelSession } from "./excelSession";
import { defineNames } from "./definedNames";
import { enableAutoOpen, readMetadata, writeMetadata } from "./metadata";
import { deleteBlankRows } from "./blankRows";
import { rowIndexOf } from "./findRow";
import { writeChartSheet } from "./chartSheet";
import { removeSheetOf } from "./removeSheet";
import { inactiveWorkbook, showTable } from "./showTable";
import { ensureTable, getTable, writeSheetText } from "./tableAccess";
import { onSheetActivated, onTableChanged, tablesOnActiveSheet } from "./tableEvents";
import type { WorkbookPort } from "./workbookPort";

export interface ExcelWorkbookOptions {
  /** Request/response cap of one sync; Excel on the web allows 5 MB. Tests pass less to see chunking. */
  payloadLimitBytes?: number;
  /** Where the file is: `Office.context.document.url` in Office (the Common API), a name in the dev host and tests. */
  documentUrl?: () => string | null;
  /** setTimeout/clearTimeout (tests drive them by hand). */
  timers?: WorkbookTimers;
  /**
   * `Office.context.requirements.isSetSupported` in production: newer Excel APIs (undo grouping, Table.resize) are
   * used only where it says yes. Without it the adapter keeps to the manifest's floor.
   */
  isSetSupported?: IsSetSupported;
}

function selectCell(
  session: ExcelSession,
  tableName: string,
  rowIndex: number,
  colIndex: number,
): Promise<"shown" | "inactiveWorkbook"> {
  return session
    .run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      table.worksheet.activate();
      table
        .getHeaderRowRange()
        .getCell(0, colIndex)
        .getOffsetRange(1 + rowIndex, 0)
        .select();
      await session.sync(context);
      return "shown" as const;
    })
    .catch(inactiveWorkbook);
}

export function createExcelWorkbook(run: ExcelRun, options: ExcelWorkbookOptions = {}): WorkbookPort {
  const session = new ExcelSession(
    run,
    options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    options.timers,
    options.isSetSupported,
  );
  // Writes run one at a time: each saves and restores `enableEvents`, which overlapping writes would garble.
  let writeQueue: Promise<unknown> = Promise.resolve();
  return {
    getTable: (tableName) => getTable(session, tableName),
    ensureTable: (spec) => ensureTable(session, spec),
    readBody: (tableName, onProgress, signal) => readBody(session, tableName, onProgress, signal),
    readTable: (tableName, onProgress, signal, options) => readTable(session, tableName, onProgress, signal, options),
    readRows: (tableName, indexes, idColumn, dateColumns) =>
      readRowsAt(session, tableName, indexes, idColumn, dateColumns),
    writeCells: (tableName, blocks, fills = []) => {
      const next = writeQueue.then(() => writeCells(session, tableName, blocks, fills));
      writeQueue = next.catch(() => undefined);
      return next;
    },
    writeCellSlices: (tableName, slices) => {
      const next = writeQueue.then(() => writeCellSlices(session, tableName, slices));
      writeQueue = next.catch(() => undefined);
      return next;
    },
    onTableChanged: (tableName, listener) => onTableChanged(session, tableName, listener),
    onSheetActivated: (tableName, listener) => onSheetActivated(session, tableName, listener),
    tablesOnActiveSheet: () => tablesOnActiveSheet(session),
    selectCell: (tableName, rowIndex, colIndex) => selectCell(session, tableName, rowIndex, colIndex),
    rowIndexOf: (tableName, colIndex, value) => rowIndexOf(session, tableName, colIndex, value),
    writeChartSheet: (spec) => writeChartSheet(session, spec),
    showTable: (tableName) => showTable(session, tableName),
    removeSheetOf: (tableName) => removeSheetOf(session, tableName),
    deleteBlankRows: (tableName, rowIndexes) => {
      // After the write queue: the rows are blank only once the write-back that cleared them has run.
      const next = writeQueue.then(() => deleteBlankRows(session, tableName, rowIndexes));
      writeQueue = next.catch(() => undefined);
      return next;
    },
    writeSheetText: (sheetName, rowIndex, colIndex, rows) =>
      writeSheetText(session, sheetName, rowIndex, colIndex, rows),
    documentUrl: async () => options.documentUrl?.() ?? null,
    defineNames: (names) => defineNames(session, names),
    enableAutoOpen: () => enableAutoOpen(session),
    readMetadata: (key) => readMetadata(session, key),
    writeMetadata: (key, value) => writeMetadata(session, key, value),
    onDelayed: (listener) => session.delays.subscribe(listener),
    stats: () => session.stats(),
  };
}
