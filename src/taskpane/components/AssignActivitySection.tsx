import { Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { IsoDate } from "../../domain";
import type { AssignContextType } from "../../sync";
import {
  assignOutcome,
  CONTEXT_TYPES,
  emptyDraft,
  needsOrganizer,
  requestOf,
  segmentQuestion,
  withSalesperson,
  withTeam,
  type AssignDraft,
  type AssignOutcome,
} from "../assignActivityForm";
import { useEngine, useLiveCampaigns, useLiveRows, useLiveSegments } from "../EngineContext";
import { t } from "../i18n";
import { ConfirmDialog } from "./ConfirmDialog";
import { DateField } from "./DateField";
import { Select } from "./Select";
import type { SelectOption } from "./Select";
import { PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";
import { TextField } from "./TextField";

const option = (key: string, text: string): SelectOption => ({ key, text: text === "" ? key : `${key} – ${text}` });

/** The context's stored records to choose from; contacts and opportunities are typed (there may be thousands). */
function useContextOptions(type: AssignContextType): SelectOption[] | null {
  const campaigns = useLiveCampaigns();
  const segments = useLiveSegments();
  const salespeople = useLiveRows("salesperson");
  const teams = useLiveRows("team");
  if (type === "campaign") return campaigns.map((c) => option(c.no, c.description));
  if (type === "segment") return segments.map((s) => option(s.no, s.description));
  if (type === "salesperson") return salespeople.map((s) => option(s.code, s.name));
  if (type === "team") return teams.map((s) => option(s.code, s.name));
  return null;
}

/** Assign Activity (bc-reference §9.3; TK1–TK4, TK12–TK14): the activity's steps as tasks for what is chosen. */
export function AssignActivitySection({ today }: { today: IsoDate }) {
  const engine = useEngine();
  const lang = engine.lang;
  const [draft, setDraft] = useState<AssignDraft>(() => emptyDraft(today));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AssignOutcome | null>(null);
  const [asking, setAsking] = useState(false);
  const activities = useLiveRows("activity");
  const steps = useLiveRows("activityStep");
  const salespeople = useLiveRows("salesperson");
  const teams = useLiveRows("team");
  const contextOptions = useContextOptions(draft.contextType);
  const none: SelectOption = { key: "", text: t(lang, "assignFromContext") };
  const people = salespeople.filter((s) => !s.blocked).map((s) => option(s.code, s.name));

  async function assign() {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(assignOutcome(lang, await engine.assignActivity(requestOf(draft))));
    } catch (e) {
      setOutcome({ severity: "error", lines: [String(e)] });
    } finally {
      setBusy(false);
    }
  }

  const contextNo = (no: string) => setDraft({ ...draft, contextNo: no });
  const question = segmentQuestion(lang, draft);
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="assign-activity">
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: "8px 0 0", fontWeight: 600 } }}>
        {t(lang, "assignTitle")}
      </Text>
      <Select
        label={t(lang, "assignActivity")}
        selectedKey={draft.activityCode || null}
        options={activities.map((a) => option(a.code, a.description))}
        onChange={(o) => setDraft({ ...draft, activityCode: o.key })}
        data-testid="assign-activity-code"
      />
      <Select
        label={t(lang, "assignContextType")}
        selectedKey={draft.contextType}
        options={CONTEXT_TYPES.map((c) => ({ key: c, text: t(lang, `assignCtx_${c}`) }))}
        onChange={(o) => setDraft({ ...draft, contextType: o.key as AssignContextType, contextNo: "" })}
        data-testid="assign-context-type"
      />
      {contextOptions ? (
        <Select
          label={t(lang, "assignContextNo")}
          selectedKey={draft.contextNo || null}
          options={contextOptions}
          onChange={(o) => contextNo(o.key)}
          data-testid="assign-context-no"
        />
      ) : (
        <TextField
          label={t(lang, "assignContextNo")}
          value={draft.contextNo}
          onChange={(_, v) => contextNo(v ?? "")}
          data-testid="assign-context-no"
        />
      )}
      <DateField
        label={t(lang, "assignStartDate")}
        value={draft.startDate}
        onChange={(iso) => setDraft({ ...draft, startDate: iso })}
        errorMessage=""
        lang={lang}
        testId="assign-start-date"
      />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <Select
          label={t(lang, "assignSalesperson")}
          selectedKey={draft.salespersonCode}
          options={[none, ...people]}
          onChange={(o) => setDraft(withSalesperson(draft, o.key))}
          minWidth={140}
          data-testid="assign-salesperson"
        />
        <Select
          label={t(lang, "assignTeam")}
          selectedKey={draft.teamCode}
          options={[none, ...teams.map((s) => option(s.code, s.name))]}
          onChange={(o) => setDraft(withTeam(draft, o.key))}
          minWidth={140}
          data-testid="assign-team"
        />
      </Stack>
      {needsOrganizer(draft, steps) && (
        <Select
          label={t(lang, "assignOrganizer")}
          selectedKey={draft.meetingOrganizer || null}
          options={people}
          required
          onChange={(o) => setDraft({ ...draft, meetingOrganizer: o.key })}
          data-testid="assign-organizer"
        />
      )}
      <Stack horizontal>
        <PrimaryButton
          text={t(lang, "assignRun")}
          onClick={() => (question ? setAsking(true) : void assign())}
          disabled={busy}
          data-testid="assign-run"
        />
      </Stack>
      {question && (
        <ConfirmDialog
          lang={lang}
          hidden={!asking}
          {...question}
          onYes={() => {
            setAsking(false);
            void assign();
          }}
          onNo={() => setAsking(false)}
          testId="assign-segment"
        />
      )}
      {outcome && (
        <MessageBar
          messageBarType={outcome.severity === "success" ? MessageBarType.success : MessageBarType.error}
          isMultiline
          data-testid="assign-outcome"
        >
          {outcome.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </MessageBar>
      )}
    </Stack>
  );
}
