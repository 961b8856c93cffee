import { Stack } from "@fluentui/react";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "../../domain";
import { DATE_PATTERN, displayDate, readTypedDate } from "../dateText";
import { t } from "../i18n";
import { IconButton } from "./Button";
import { TextField } from "./TextField";

interface Props {
  label: string;
  /** ISO date or "". */
  value: string;
  onChange: (iso: string) => void;
  errorMessage: string;
  lang: Lang;
  testId: string;
}

/**
 * A date field showing and reading dates in the person's language's order (rule PN14): 2026-05-01 in English,
 * 01-05-2026 in Danish, the order the messages use, named under the field. Typed text is read like a date cell
 * (1-5-2026, 1 May 2026…) when the field is left; a cleared field is a blank date. The calendar button opens the
 * platform's own date picker (`showPicker`), so no calendar component weighs on the pane's download.
 */
export function DateField({ label, value, onChange, errorMessage, lang, testId }: Props) {
  const [text, setText] = useState(displayDate(value, lang));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setText(displayDate(value, lang));
    setInvalid(false);
  }, [value, lang]);
  const commit = () => {
    const iso = readTypedDate(text, lang);
    setInvalid(iso === null);
    if (iso === null) return;
    setText(displayDate(iso, lang));
    if (iso !== value) onChange(iso);
  };
  return (
    <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 2 }} styles={{ root: { minWidth: 150 } }}>
      <TextField
        label={label}
        value={text}
        placeholder={DATE_PATTERN[lang]}
        description={t(lang, "dateOrder", { pattern: DATE_PATTERN[lang] })}
        errorMessage={invalid ? t(lang, "dateInvalid", { pattern: DATE_PATTERN[lang] }) : errorMessage}
        onChange={(_, v) => setText(v ?? "")}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
        data-testid={testId}
      />
      <IconButton
        iconProps={{ iconName: "Calendar" }}
        title={t(lang, "dateOpenCalendar")}
        ariaLabel={`${t(lang, "dateOpenCalendar")}: ${label}`}
        onClick={() => picker.current?.showPicker?.()}
        styles={{ root: { marginBottom: 20 } }}
      />
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ position: "absolute", opacity: 0, width: 1, height: 1, pointerEvents: "none" }}
      />
    </Stack>
  );
}
