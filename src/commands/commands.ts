// Entry of the ribbon's function file (commands.html): maps the manifest's ExecuteFunction names to handlers.
// test/manifest reads this file as text and checks each associate("…") name against <FunctionName> in manifest.xml,
// so keep the names as string literals here.
import { storageToPane } from "./paneRequests";
import { makeValidateSheetHandler } from "./validateSheetHandler";

void Office.onReady(() => {
  const toPane = storageToPane(
    () => localStorage,
    () => Date.now(),
  );
  Office.actions.associate("validateSheet", makeValidateSheetHandler(toPane));
});
