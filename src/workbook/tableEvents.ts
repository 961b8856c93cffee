/**
 * Change hints of a bound table, from two sources, because `Table.onChanged` alone misses changes (office-js #294,
 * #420, #728, #1110): the table's own `onChanged`, and `Worksheet.onChanged` of its sheet (ExcelApi 1.7) for a change
 * whose address touches the table, the row below it (where it grows) or the column right of it. Every change type is
 * a hint: no Microsoft page states which type a sort or a growth raises. Also the sheet's `onActivated` (1.7).
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 */
import { addressRects, overlaps } from "./a1Address";
import type { CellRect } from "./a1Address";
import type { ExcelSession } from "./excelSession";
import type { TableChange } from "./workbookPort";

/** Excel's event args as a port change (EventSource is "Local"/"Remote" in Excel). */
export function toTableChange(
  tableName: string,
  args: Pick<Excel.TableChangedEventArgs, "source" | "changeType" | "address">,
): TableChange {
  return {
    tableName,
    source: String(args.source).toLowerCase() === "remote" ? "remote" : "local",
    changeType: String(args.changeType),
    address: args.address,
  };
}

/** Whether a sheet change at `address` touches the table, the row below it or the column right of it. */
export async function touchesTable(session: ExcelSession, tableName: string, address: string): Promise<boolean> {
  const where = await session
    .run(async (context) => {
      const range = context.workbook.tables
        .getItem(tableName)
        .getRange()
        .load("rowIndex,columnIndex,rowCount,columnCount");
      await session.sync(context);
      return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount + 1, cols: range.columnCount + 1 };
    })
    .catch(() => null); // the table is gone: a hint, so the next reconcile reports it
  return where === null || addressRects(address).some((rect) => overlaps(rect, where));
}

/** Removal on the context that added the handlers, as Office.js requires. */
function remover(session: ExcelSession, handlers: OfficeExtension.EventHandlerResult<unknown>[]) {
  let removed = false;
  return async (): Promise<void> => {
    const first = handlers[0];
    if (removed || !first) return;
    removed = true;
    await session.run(
      async (original) => {
        for (const handler of handlers) handler.remove();
        await session.sync(original);
      },
      { previousObjects: first.context },
    );
  };
}

/**
 * Register `listener` on the table's and its sheet's onChanged. Our own writes mute events (`runtime.enableEvents`),
 * so they never reach it. Handlers live in memory only: they die with the pane and stay silent on a deleted table.
 */
export function onTableChanged(
  session: ExcelSession,
  tableName: string,
  listener: (change: TableChange) => void,
): Promise<() => Promise<void>> {
  const heard = (args: Pick<Excel.TableChangedEventArgs, "source" | "changeType" | "address">) => {
    session.shapes.delete(tableName); // the body may have grown or shrunk: the next write measures it again
    listener(toTableChange(tableName, args));
  };
  // SP21: the sheet's event for a change the table's own event already reported (same source, an address overlapping
  // the table's) is its twin: it touches the table, so it needs no round trip to check. A paste that grows the table
  // reports the pasted rows to the sheet and the table's changed area to the table: not one address, one change.
  const twins: { source: string; rects: CellRect[] }[] = [];
  return session.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const onTable = table.onChanged.add(async (args) => {
      if (twins.length > 64) twins.length = 0; // twins that never came (an order Excel does not promise): forgotten
      twins.push({ source: String(args.source), rects: addressRects(args.address) });
      heard(args);
    });
    const onSheet = table.worksheet.onChanged.add(async (args) => {
      const rects = addressRects(args.address);
      const twin = twins.findIndex(
        (t) => t.source === String(args.source) && t.rects.some((a) => rects.some((b) => overlaps(a, b))),
      );
      if (twin >= 0) {
        twins.splice(twin, 1);
        return;
      }
      if (await touchesTable(session, tableName, args.address)) heard(args);
    });
    await session.sync(context);
    return remover(session, [onTable, onSheet]);
  });
}

/** Register `listener` on `Worksheet.onActivated` of the sheet holding the table. */
export function onSheetActivated(
  session: ExcelSession,
  tableName: string,
  listener: () => void,
): Promise<() => Promise<void>> {
  return session.run(async (context) => {
    const handler = context.workbook.tables.getItem(tableName).worksheet.onActivated.add(async () => listener());
    await session.sync(context);
    return remover(session, [handler]);
  });
}

/** Names of the tables on the active sheet (what pane focus reconciles). */
export function tablesOnActiveSheet(session: ExcelSession): Promise<string[]> {
  return session.run(async (context) => {
    const tables = context.workbook.worksheets.getActiveWorksheet().tables.load("items/name");
    await session.sync(context);
    return tables.items.map((table) => table.name);
  });
}
