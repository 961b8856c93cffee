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

/** The document setting that opens the pane with the workbook (Office.AutoShowTaskpaneWithDocument). */
export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/**
 * Auto-open: https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
 * (works only for add-ins a person has installed: sideloaded or centrally deployed). Written once, only if missing.
 */
export function enableAutoOpen(session: ExcelSession): Promise<void> {
  return session.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(AUTO_OPEN_SETTING);
    setting.load("value");
    await session.sync(context);
    if (!setting.isNullObject && (setting.value === true || setting.value === "true")) return;
    context.workbook.settings.add(AUTO_OPEN_SETTING, true);
    await session.sync(context);
  });
}
