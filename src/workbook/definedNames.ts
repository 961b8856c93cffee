/**
 * Workbook-scoped defined names (ExcelApi 1.4: `workbook.names.add`, `getItemOrNullObject`; a name's `formula` is set
 * from 1.7): the sources of the add-in's drop-down lists. One round trip reads the names, a second writes what differs.
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
 */
import type { ExcelSession } from "./excelSession";
import { jsonBytes } from "./excelSession";
import type { NameDefinition } from "./workbookPort";

/** Creates each name, or replaces its formula when it differs (a definition `onlyIfMissing` leaves it alone). */
export function defineNames(session: ExcelSession, definitions: readonly NameDefinition[]): Promise<void> {
  // One definition per name (the last one wins), compared without regard to case as Excel does.
  const names = [...new Map(definitions.map((d) => [d.name.toLowerCase(), d])).values()];
  if (names.length === 0) return Promise.resolve();
  return session.run(async (context) => {
    const found = names.map((n) => {
      const item = context.workbook.names.getItemOrNullObject(n.name);
      item.load("formula");
      return item;
    });
    await session.sync(context);
    let changed = 0;
    names.forEach((n, i) => {
      const item = found[i];
      if (!item) return;
      if (item.isNullObject) context.workbook.names.add(n.name, n.formula);
      else if (n.onlyIfMissing !== true && item.formula !== n.formula) item.formula = n.formula;
      else return;
      changed += 1;
      session.countSent(jsonBytes(n) + 200);
    });
    if (changed > 0) await session.sync(context);
  });
}
