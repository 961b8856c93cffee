import { Stack } from "@fluentui/react";
import { useState } from "react";
import { useEngine } from "../EngineContext";
import { t } from "../i18n";
import { logSegmentOutcome, type LogOutcome } from "../logSegmentOutcome";
import { CheckField } from "./CheckField";
import { ModalDialog } from "./ModalDialog";
import { DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

interface Props {
  segmentNo: string;
  /** The segment was logged (its lines are closed; a follow-up may exist). */
  onLogged?: () => void;
}

/** Log Segment (IR1): a button, a dialog with BC's one option (Create follow-up segment), and what it did. */
export function LogSegmentSection({ segmentNo, onLogged }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const [open, setOpen] = useState(false);
  const [followUp, setFollowUp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<LogOutcome | null>(null);

  async function log() {
    setOpen(false);
    setBusy(true);
    setOutcome(null);
    try {
      const result = await engine.logSegment(segmentNo, { followUp });
      setOutcome(logSegmentOutcome(lang, segmentNo, result));
      if (result.ok) onLogged?.();
    } catch (e) {
      setOutcome({ severity: "error", lines: [String(e)] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="log-segment">
      <Stack horizontal>
        <DefaultButton
          text={t(lang, "logSegment")}
          iconProps={{ iconName: "Completed" }}
          onClick={() => setOpen(true)}
          disabled={busy}
          data-testid="log-segment-open"
        />
      </Stack>
      {outcome && (
        <MessageBar
          messageBarType={outcome.severity === "success" ? MessageBarType.success : MessageBarType.error}
          data-testid="log-segment-outcome"
        >
          {outcome.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </MessageBar>
      )}
      <ModalDialog
        hidden={!open}
        onDismiss={() => setOpen(false)}
        title={t(lang, "logSegmentTitle", { no: segmentNo })}
        subText={t(lang, "logSegmentQuestion")}
        footer={
          <>
            <PrimaryButton text={t(lang, "logSegmentRun")} onClick={() => void log()} data-testid="log-segment-run" />
            <DefaultButton
              text={t(lang, "logSegmentCancel")}
              onClick={() => setOpen(false)}
              data-testid="log-segment-cancel"
            />
          </>
        }
      >
        <CheckField
          label={t(lang, "logSegmentFollowUp")}
          checked={followUp}
          onChange={setFollowUp}
          data-testid="log-segment-follow-up"
        />
      </ModalDialog>
    </Stack>
  );
}
