/** Production entry: runs inside Office; office.js is loaded from Microsoft's CDN by taskpane.html. */
import "./fabricConfig";
import { createExcelWorkbook, displayLanguageToLang } from "../workbook";
import { mountTaskpane } from "./mountTaskpane";
import { systemTimers } from "./systemServices";

Office.onReady(async () => {
  const root = document.getElementById("root");
  if (!root) return;
  await mountTaskpane(root, {
    workbook: createExcelWorkbook(Excel.run, {
      timers: systemTimers,
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    }),
    lang: displayLanguageToLang(Office.context.displayLanguage ?? "en-US"),
    officeTheme: Office.context.officeTheme ?? null,
  });
});
