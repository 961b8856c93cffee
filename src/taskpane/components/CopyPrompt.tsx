import { Stack } from "@fluentui/react";
import { useState } from "react";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";
import { DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

/**
 * A copy of a workbook met its original on this computer (rule M1): nothing is checked until the person chooses
 * to merge it with the original's store or to keep it as a workbook of its own.
 */
export function CopyPrompt() {
  const engine = useEngine();
  const { copy } = useEngineState();
  const [busy, setBusy] = useState(false);
  if (!copy) return null;
  const lang = engine.lang;
  const choose = (choice: "merge" | "separate") => {
    setBusy(true);
    void engine.resolveCopy(choice).finally(() => setBusy(false));
  };
  return (
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline
      data-testid="copy-prompt"
      actions={
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={t(lang, "copyMerge")}
            disabled={busy}
            onClick={() => choose("merge")}
            data-testid="copy-merge"
          />
          <DefaultButton
            text={t(lang, "copySeparate")}
            disabled={busy}
            onClick={() => choose("separate")}
            data-testid="copy-separate"
          />
        </Stack>
      }
    >
      {t(lang, "copyMet", { of: copy.of })}
    </MessageBar>
  );
}
