/** Production entry: runs inside Office; office.js is loaded from Microsoft's CDN by taskpane.html. */
import "./fabricConfig";
import { createExcelWorkbook, displayLanguageToLang } from "../workbook";
import { PANE_REQUEST_CHANNEL } from "../commands";
import { mountTaskpane } from "./mountTaskpane";

Office.onReady(async () => {
  const root = document.getElementById("root");
  if (!root) return;
  const { engine } = await mountTaskpane(root, {
    // The file's URL tells a copy from its original when both meet on this computer (issue #11).
    workbook: createExcelWorkbook(Excel.run, { documentUrl: () => Office.context.document.url ?? null }),
    lang: displayLanguageToLang(Office.context.displayLanguage ?? "en-US"),
    officeTheme: Office.context.officeTheme ?? null,
  });
  // The ribbon's "Validate sheet" runs in another runtime; it asks the open pane to check every bound sheet.
  if (typeof BroadcastChannel !== "undefined") {
    new BroadcastChannel(PANE_REQUEST_CHANNEL).onmessage = () => void engine.reconcileAll();
  }
});
