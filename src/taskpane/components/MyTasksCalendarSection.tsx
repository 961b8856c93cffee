import { Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { SalespersonTasks } from "../../sync";
import { calendarFileName, copyText, downloadText } from "../calendar/calendarOutput";
import { loadTasksCalendar } from "../calendar/loadTasksCalendar";
import { useEngine, useEngineState, useLiveRows } from "../EngineContext";
import { t } from "../i18n";
import { usePaneHost } from "../PaneHost";
import { Select } from "./Select";
import { DefaultButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";
import { TextField } from "./TextField";

/**
 * "My tasks calendar" (TK22, TK24): a salesperson's open tasks as an iCalendar file. Copy works everywhere (the text
 * shows below it, to copy by hand when the clipboard is refused); Download only where the host allows it (not on Mac).
 */
export function MyTasksCalendarSection() {
  const engine = useEngine();
  const lang = engine.lang;
  const { reconcileCount } = useEngineState();
  const people = useLiveRows("salesperson");
  const { downloads } = usePaneHost();
  const [code, setCode] = useState("");
  const [found, setFound] = useState<SalespersonTasks | null>(null);
  const [text, setText] = useState("");
  const [copied, setCopied] = useState<boolean | null>(null);

  useEffect(() => {
    setText("");
    setCopied(null);
    if (code === "") return setFound(null);
    let live = true;
    void engine.salespersonTasks(code).then((r) => live && setFound(r));
    return () => {
      live = false;
    };
  }, [code, reconcileCount, engine]);

  async function calendarText(): Promise<string> {
    if (!found) return "";
    const write = await loadTasksCalendar();
    const made = write({ ...found, salespersonCode: code, lang });
    setText(made);
    return made;
  }
  const copy = async () => setCopied(await copyText(await calendarText()));
  const download = async () => downloadText(await calendarText(), calendarFileName(code));

  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="tasks-calendar">
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: "8px 0 0", fontWeight: 600 } }}>
        {t(lang, "calTitle")}
      </Text>
      <Text variant="small">{t(lang, "calIntro")}</Text>
      <Select
        label={t(lang, "calSalesperson")}
        selectedKey={code}
        options={people.map((p) => ({ key: p.code, text: `${p.code} – ${p.name}` }))}
        onChange={(option) => setCode(option.key)}
        data-testid="calendar-salesperson"
      />
      {found && (
        <Text variant="small" data-testid="calendar-count">
          {t(lang, "calOpenCount", { count: found.tasks.length })}
        </Text>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          text={t(lang, "calCopy")}
          disabled={!found}
          onClick={() => void copy()}
          data-testid="calendar-copy"
        />
        {downloads && (
          <DefaultButton
            text={t(lang, "calDownload")}
            disabled={!found}
            onClick={() => void download()}
            data-testid="calendar-download"
          />
        )}
      </Stack>
      {!downloads && (
        <Text variant="small" data-testid="calendar-no-download">
          {t(lang, "calNoDownload")}
        </Text>
      )}
      {copied !== null && (
        <MessageBar messageBarType={copied ? MessageBarType.success : MessageBarType.warning}>
          {t(lang, copied ? "calCopied" : "calClipboardRefused")}
        </MessageBar>
      )}
      {text !== "" && (
        <TextField
          label={t(lang, "calText")}
          value={text}
          readOnly
          multiline
          rows={6}
          styles={{ field: { fontFamily: "monospace", fontSize: 11 } }}
          data-testid="calendar-text"
        />
      )}
    </Stack>
  );
}
