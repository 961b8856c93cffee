/** Table change hints: `Table.onChanged` mapped to the port's `TableChange`. */
import type { ExcelSession } from "./excelSession";
import type { TableChange } from "./workbookPort";

/** Excel's event args as a port change (EventSource is "Local"/"Remote" in Excel). */
export function toTableChange(tableName: string, args: Excel.TableChangedEventArgs): TableChange {
  return {
    tableName,
    source: String(args.source).toLowerCase() === "remote" ? "remote" : "local",
    changeType: String(args.changeType),
    address: args.address,
  };
}

/**
 * Register `listener` on the table's onChanged. Our own writes mute events (`runtime.enableEvents`), so
 * they never reach it. Handlers live in memory only: they die with the pane and stay silent on a deleted table.
 */
export function onTableChanged(
  session: ExcelSession,
  tableName: string,
  listener: (change: TableChange) => void,
): Promise<() => Promise<void>> {
  return session.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const handler = table.onChanged.add(async (args) => {
      session.shapes.delete(tableName); // the body may have grown or shrunk: the next write measures it again
      listener(toTableChange(tableName, args));
    });
    await session.sync(context);
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      // Office.js queues the removal on the context that added the handler: re-enter that one.
      await session.run(
        async (original) => {
          handler.remove();
          await session.sync(original);
        },
        { previousObjects: handler.context },
      );
    };
  });
}
