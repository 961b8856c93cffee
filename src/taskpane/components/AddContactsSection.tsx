import { Stack, Text } from "@fluentui/react";
import { useId, useState } from "react";
import type { AddContactsOptions, Issue } from "../../domain";
import {
  ADD_OPTION_NAMES,
  DEFAULT_ADD_OPTIONS,
  EMPTY_CRITERIA,
  contactsResultText,
  runContactsAction,
  splitCriteriaIssues,
} from "../criteriaForm";
import type { ContactsAction, CriteriaValues } from "../criteriaForm";
import { useEngine } from "../EngineContext";
import { t } from "../i18n";
import { useScrollIntoView } from "../useScrollIntoView";
import { CheckField } from "./CheckField";
import { CriteriaFields } from "./CriteriaFields";
import { IssueBars } from "./IssueBars";
import { ActionButton, DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

interface Props {
  segmentNo: string;
  /** Called after lines were added or removed. */
  onChanged: () => void;
  /** Open at first (tests; the pane starts it collapsed). */
  defaultOpen?: boolean;
}

/** BC's Add Contacts and Remove Contacts – Reduce / Refine over the segment's lines, by contact criteria. */
export function AddContactsSection({ segmentNo, onChanged, defaultOpen = false }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const bodyId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [values, setValues] = useState<CriteriaValues>(EMPTY_CRITERIA);
  const [options, setOptions] = useState<AddContactsOptions>(DEFAULT_ADD_OPTIONS);
  const [entireCompanies, setEntireCompanies] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useScrollIntoView<HTMLDivElement>(result);
  const [busy, setBusy] = useState(false);

  async function act(action: ContactsAction) {
    setBusy(true);
    setResult(null);
    try {
      const r = await runContactsAction(engine, segmentNo, action, { values, options, entireCompanies });
      setIssues(r.issues);
      if (r.ok) {
        setResult(contactsResultText(lang, action, r));
        onChanged();
      }
    } catch (e) {
      setIssues([{ row: 0, field: "", code: "FAILED", severity: "error", params: {}, message: String(e) }]);
    } finally {
      setBusy(false);
    }
  }

  const { atField, other } = splitCriteriaIssues(issues);
  const button = (action: ContactsAction) => ({
    text: t(lang, action === "add" ? "actionAdd" : action === "reduce" ? "actionReduce" : "actionRefine"),
    disabled: busy,
    onClick: () => void act(action),
    "data-testid": `criteria-${action}`,
  });
  return (
    <Stack
      as="section"
      aria-label={t(lang, "addContacts")}
      styles={{ root: { borderTop: "1px solid var(--cd-border)", paddingTop: 4 } }}
      data-testid="add-contacts"
    >
      <ActionButton
        iconProps={{ iconName: open ? "ChevronDown" : "ChevronRight" }}
        text={t(lang, "addContacts")}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((o) => !o)}
        data-testid="add-contacts-toggle"
      />
      {open && (
        <Stack id={bodyId} tokens={{ childrenGap: 8 }}>
          <Text variant="small">{t(lang, "filterSyntaxHint")}</Text>
          <CriteriaFields lang={lang} values={values} errors={atField} onChange={setValues} />
          <Stack tokens={{ childrenGap: 4 }}>
            {ADD_OPTION_NAMES.map((name) => (
              <CheckField
                key={name}
                label={t(lang, `option_${name}`)}
                checked={options[name]}
                onChange={(v) => setOptions((o) => ({ ...o, [name]: v }))}
                data-testid={`option-${name}`}
              />
            ))}
          </Stack>
          <PrimaryButton {...button("add")} />
          <Text variant="small">{t(lang, "reduceRefineHint")}</Text>
          <CheckField
            label={t(lang, "option_entireCompanies")}
            checked={entireCompanies}
            onChange={(v) => setEntireCompanies(v)}
            data-testid="option-entireCompanies"
          />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <DefaultButton {...button("reduce")} />
            <DefaultButton {...button("refine")} />
          </Stack>
          <IssueBars issues={other} testId="criteria-issues" />
          <div ref={resultRef}>
            {result && (
              <MessageBar messageBarType={MessageBarType.success} data-testid="criteria-result">
                {result}
              </MessageBar>
            )}
          </div>
        </Stack>
      )}
    </Stack>
  );
}
