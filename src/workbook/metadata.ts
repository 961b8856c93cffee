/** Binding metadata in workbook settings: saved in the file, so it travels with the workbook. */
import type { ExcelSession } from "./excelSession";
import { jsonBytes } from "./excelSession";

export function readMetadata(session: ExcelSession, key: string): Promise<string | null> {
  return session.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load("value");
    await session.sync(context);
    if (setting.isNullObject) return null;
    const value: unknown = setting.value;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    session.countReceived(jsonBytes(text));
    return text;
  });
}

/**
 * Write rarely. office-js #3141 reports that the Common API's `Office.context.document.settings.saveAsync` clears
 * the person's Undo stack; whether this Excel API call (`workbook.settings.add`, ExcelApi 1.4) does too is not
 * documented (docs/excel-checklist.md). So callers write only when a binding itself changes.
 */
export function writeMetadata(session: ExcelSession, key: string, value: string): Promise<void> {
  return session.run(async (context) => {
    context.workbook.settings.add(key, value);
    session.countSent(jsonBytes(value));
    await session.sync(context);
  });
}
