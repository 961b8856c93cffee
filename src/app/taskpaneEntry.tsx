/**
 * Production entry: runs inside Office; office.js is loaded from Microsoft's CDN by taskpane.html, and preflight.js
 * before this bundle. Nothing starts where the preflight found a problem (it shows a page saying what is missing).
 */
import "./fabricConfig";
import { createExcelWorkbook, displayLanguageToLang, downloadsWork, EXCEL_API_FLOOR } from "../workbook";
import { mountTaskpane } from "./mountTaskpane";
import { systemTimers } from "./systemServices";

interface Preflight {
  ok: boolean;
  show(problem: "storage" | "host"): void;
}
/** Dexie's and IndexedDB's names for a database that cannot be opened or used. */
const STORAGE_ERRORS = new Set([
  "OpenFailedError",
  "DatabaseClosedError",
  "MissingAPIError",
  "InvalidStateError",
  "VersionError",
  "QuotaExceededError",
  "UnknownError",
]);
const preflight = (globalThis as { campaignDeskPreflight?: Preflight }).campaignDeskPreflight;

Office.onReady(async () => {
  const root = document.getElementById("root");
  if (!root || preflight?.ok === false) return;
  if (!Office.context.requirements.isSetSupported("ExcelApi", EXCEL_API_FLOOR)) {
    preflight?.show("host");
    return;
  }
  try {
    await mountTaskpane(root, {
      workbook: createExcelWorkbook(Excel.run, {
        timers: systemTimers,
        // The file's URL tells a copy from its original when both meet on this computer (issue #11).
        documentUrl: () => Office.context.document.url ?? null,
        isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      }),
      lang: displayLanguageToLang(Office.context.displayLanguage ?? "en-US"),
      officeTheme: Office.context.officeTheme ?? null,
      // Downloads from a task pane do not work in Excel on Mac (office-js #2700): the calendar is copied there.
      host: { downloads: downloadsWork(String(Office.context.diagnostics?.platform ?? "")) },
    });
  } catch (error) {
    // IndexedDB is there but cannot be opened (blocked, evicted mid-open, another version open): say so.
    if (STORAGE_ERRORS.has((error as Error)?.name)) preflight?.show("storage");
    else throw error;
  }
});
