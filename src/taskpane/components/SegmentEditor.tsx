import { Stack } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { Issue, IsoDate, SegmentHeader } from "../../domain";
import type { SegmentSaveResult } from "../../sync";
import { useEngine, useLiveCampaigns, useLiveRows } from "../EngineContext";
import { t } from "../i18n";
import { draftFromHeader, emptySegmentDraft, headerFromDraft, updateLinesQuestion } from "../segmentDraft";
import { saveSegmentFlow } from "../segmentSave";
import { usePendingAnswer } from "../usePendingAnswer";
import { AddContactsSection } from "./AddContactsSection";
import { ConfirmDialog } from "./ConfirmDialog";
import { IssueBars } from "./IssueBars";
import { LogSegmentSection } from "./LogSegmentSection";
import { SegmentForm } from "./SegmentForm";
import { SegmentLineCount } from "./SegmentLineCount";
import { DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

interface Props {
  /** The stored segment being edited; undefined for a new one. */
  stored: SegmentHeader | undefined;
  today: IsoDate;
  onSaved: (no: string) => void;
  /** The segment was deleted: the tab shows the list again. */
  onDeleted?: () => void;
}

const FORM_FIELDS = [
  "no",
  "description",
  "campaignNo",
  "salespersonCode",
  "interactionTemplateCode",
  "unitCost",
  "unitDuration",
  "date",
];

/**
 * Edits one segment header. Saving an existing one first asks the engine which changed fields reach its lines;
 * when some do and it has lines, the user chooses whether the lines follow (domain-rules §4).
 */
export function SegmentEditor({ stored, today, onSaved, onDeleted }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const campaigns = useLiveCampaigns();
  const salespeople = useLiveRows("salesperson");
  const templates = useLiveRows("interactionTemplate");
  const isNew = stored === undefined;
  const [draft, setDraft] = useState(() => (stored ? draftFromHeader(stored, lang) : emptySegmentDraft(today)));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  // The save waits for "update the lines?": true, false, or null (dismissed, or the form went away) to cancel.
  const updateLines = usePendingAnswer<string, boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedNo, setSavedNo] = useState<string | null>(null);
  const [linesVersion, setLinesVersion] = useState(0);
  const [askDelete, setAskDelete] = useState(false);

  // The stored header changed (our save, or another tab): show it.
  const storedKey = JSON.stringify(stored ?? null);
  useEffect(() => {
    if (stored) setDraft(draftFromHeader(stored, lang));
  }, [storedKey]); // eslint-disable-line react-hooks/exhaustive-deps

  function finish(result: SegmentSaveResult | null) {
    if (!result) return;
    setIssues(result.issues);
    setLinesVersion((v) => v + 1);
    if (result.ok) {
      setSavedNo(result.no);
      onSaved(result.no);
    }
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setIssues([{ row: 0, field: "", code: "FAILED", severity: "error", params: {}, message: String(e) }]);
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(async () => {
      setSavedNo(null);
      const read = headerFromDraft(draft, lang);
      setFormErrors(read.ok ? {} : read.errors);
      if (!read.ok) return;
      const { header } = read;
      const ask = (preview: SegmentSaveResult) => updateLines.ask(updateLinesQuestion(lang, header.no, preview));
      finish(await saveSegmentFlow(engine, header, isNew, ask));
    });

  const errors: Record<string, string> = { ...formErrors };
  for (const i of issues) if (FORM_FIELDS.includes(i.field)) errors[i.field] ??= i.message;
  const segmentNo = stored?.no ?? null;
  return (
    <Stack tokens={{ childrenGap: 10 }} data-testid="segment-editor">
      <Stack
        as="form"
        tokens={{ childrenGap: 6 }}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <SegmentForm
          lang={lang}
          draft={draft}
          isNew={isNew}
          campaigns={campaigns}
          salespeople={salespeople}
          templates={templates}
          errors={errors}
          onChange={(d) => {
            setDraft(d);
            setSavedNo(null);
          }}
        />
        <IssueBars issues={issues.filter((i) => !FORM_FIELDS.includes(i.field))} />
        {savedNo && (
          <MessageBar messageBarType={MessageBarType.success}>{t(lang, "savedSegment", { no: savedNo })}</MessageBar>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
          <PrimaryButton type="submit" text={t(lang, "save")} disabled={busy} data-testid="segment-save" />
          {segmentNo && (
            <DefaultButton
              text={t(lang, "openSegmentSheet")}
              iconProps={{ iconName: "ExcelDocument" }}
              onClick={() => void run(() => engine.bind("segmentLine", { segmentNo }))}
              disabled={busy}
              data-testid="segment-open-sheet"
            />
          )}
          {stored && (
            <DefaultButton
              text={t(lang, "deleteSegment")}
              iconProps={{ iconName: "Delete" }}
              onClick={() => setAskDelete(true)}
              disabled={busy}
              data-testid="segment-delete"
            />
          )}
        </Stack>
      </Stack>
      {stored && <SegmentLineCount segment={stored} refresh={linesVersion} />}
      {stored && <AddContactsSection segmentNo={stored.no} onChanged={() => setLinesVersion((v) => v + 1)} />}
      {stored && <LogSegmentSection segmentNo={stored.no} onLogged={() => setLinesVersion((v) => v + 1)} />}
      <ConfirmDialog
        lang={lang}
        hidden={updateLines.question === null}
        title={t(lang, "updateLinesTitle")}
        text={updateLines.question ?? ""}
        onYes={() => updateLines.answer(true)}
        onNo={() => updateLines.answer(false)}
        onDismiss={() => updateLines.answer(null)}
        testId="segment-update-lines"
      />
      <ConfirmDialog
        lang={lang}
        hidden={!askDelete || !stored}
        title={t(lang, "deleteSegmentTitle")}
        text={t(lang, "deleteSegmentQuestion", { no: stored?.no ?? "" })}
        onYes={() => {
          setAskDelete(false);
          if (!stored) return;
          void run(async () => {
            const result = await engine.deleteSegment(stored.no);
            if (result.ok) onDeleted?.();
            else setIssues(result.issues);
          });
        }}
        onNo={() => setAskDelete(false)}
        testId="segment-delete-confirm"
      />
    </Stack>
  );
}
