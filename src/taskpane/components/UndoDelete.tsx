import { useState } from "react";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";
import { DefaultButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

/**
 * The latest campaign delete made in this pane, with Undo (rule CD4): the campaign, its lines and its own sheets come
 * back. Shown for the rest of the pane's life; after an undo, the delete before it is offered.
 */
export function UndoDelete() {
  const engine = useEngine();
  const { undoDelete } = useEngineState();
  const [taken, setTaken] = useState<string[]>([]);
  const [working, setWorking] = useState(false);
  const lang = engine.lang;
  if (!undoDelete) return null;
  const campaigns = undoDelete.campaignNos.join(", ");
  const undo = async () => {
    setWorking(true);
    try {
      setTaken((await engine.undoDelete()).taken);
    } finally {
      setWorking(false);
    }
  };
  return (
    <MessageBar
      messageBarType={taken.length > 0 ? MessageBarType.warning : MessageBarType.info}
      isMultiline
      data-testid="undo-delete"
      actions={
        <DefaultButton
          text={t(lang, "undoDeleteAction")}
          disabled={working}
          onClick={() => void undo()}
          data-testid="undo-delete-action"
        />
      }
    >
      {t(lang, "undoDeleteDone", { campaigns, lines: formatCount(lang, undoDelete.lines) })}
      {taken.length > 0 && <> {t(lang, "undoDeleteTaken", { campaigns: taken.join(", ") })}</>}
    </MessageBar>
  );
}
