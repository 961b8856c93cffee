import { Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { Campaign, Issue } from "../../domain";
import { useEngine, useLiveRows, useTargetGroups } from "../EngineContext";
import { t } from "../i18n";
import { CampaignActivation } from "./CampaignActivation";
import { CampaignPriceLists } from "./CampaignPriceLists";
import { CampaignStatisticsSection } from "./CampaignStatisticsSection";
import { CampaignTasksSection } from "./CampaignTasksSection";
import { DateField } from "./DateField";
import { Select } from "./Select";
import type { SelectOption } from "./Select";
import { PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";
import { TextField } from "./TextField";

const EMPTY: Campaign = {
  no: "",
  description: "",
  startingDate: "",
  endingDate: "",
  salespersonCode: "",
  statusCode: "",
  lastDateModified: "",
};

/** Edits one campaign (or a new one). Saving runs the same rules as a sheet row; the sheet follows. */
export function CampaignCard({ rowId, onSaved }: { rowId: string | null; onSaved: (rowId: string) => void }) {
  const engine = useEngine();
  const lang = engine.lang;
  const campaigns = useLiveRows("campaign");
  const statuses = useLiveRows("campaignStatus");
  const people = useLiveRows("salesperson");
  const stored = rowId ? campaigns.find((c) => c.rowId === rowId) : undefined;
  const targetGroups = useTargetGroups(stored?.no ?? null);
  const [draft, setDraft] = useState<Campaign>(EMPTY);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [savedNo, setSavedNo] = useState<string | null>(null);

  // Reload the form when another campaign is chosen, or when the stored one changes (e.g. edited in the sheet).
  useEffect(() => {
    setDraft(stored ? { ...EMPTY, ...stripMeta(stored) } : EMPTY);
    setIssues([]);
  }, [rowId, stored?.rowVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (field: keyof Campaign) => (_: unknown, value?: string) => {
    setDraft((d) => ({ ...d, [field]: value ?? "" }));
    setSavedNo(null);
  };
  const pick = (field: keyof Campaign) => (option: SelectOption) => setDraft((d) => ({ ...d, [field]: option.key }));
  const errorOf = (field: string) => issues.find((i) => i.field === field)?.message ?? "";

  async function save() {
    const result = await engine.saveCampaign(stored?.rowId ?? null, draft);
    setIssues(result.issues);
    if (result.ok && result.saved) {
      setSavedNo(result.saved.no);
      onSaved(result.saved.rowId);
    }
  }

  const none = { key: "", text: t(lang, "none") };
  return (
    <>
      <Stack
        tokens={{ childrenGap: 6 }}
        data-testid="campaign-card"
        as="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          label={t(lang, "fieldNo")}
          value={draft.no}
          onChange={set("no")}
          description={stored ? "" : t(lang, "fieldNoHint")}
          errorMessage={errorOf("no")}
          data-testid="card-no"
        />
        <TextField
          label={t(lang, "fieldDescription")}
          value={draft.description}
          onChange={set("description")}
          errorMessage={errorOf("description")}
          data-testid="card-description"
        />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DateField
            label={t(lang, "fieldStartingDate")}
            value={draft.startingDate}
            onChange={(iso) => set("startingDate")(null, iso)}
            errorMessage={errorOf("startingDate")}
            lang={lang}
            testId="card-startingDate"
          />
          <DateField
            label={t(lang, "fieldEndingDate")}
            value={draft.endingDate}
            onChange={(iso) => set("endingDate")(null, iso)}
            errorMessage={errorOf("endingDate")}
            lang={lang}
            testId="card-endingDate"
          />
        </Stack>
        <Text variant="small" data-testid="card-dates-note">
          {t(lang, "datesFollowCampaign")}
        </Text>
        <Select
          label={t(lang, "fieldSalesperson")}
          selectedKey={draft.salespersonCode}
          options={[none, ...people.map((p) => ({ key: p.code, text: `${p.code} – ${p.name}`, disabled: p.blocked }))]}
          onChange={pick("salespersonCode")}
          errorMessage={errorOf("salespersonCode")}
          data-testid="card-salesperson"
        />
        <Select
          label={t(lang, "fieldStatus")}
          selectedKey={draft.statusCode}
          options={[none, ...statuses.map((s) => ({ key: s.code, text: `${s.code} – ${s.description}` }))]}
          onChange={pick("statusCode")}
          errorMessage={errorOf("statusCode")}
          data-testid="card-status"
        />
        <Text variant="small">
          {t(lang, "fieldLastModified")}: {draft.lastDateModified || "–"}
        </Text>
        {issues
          .filter(
            (i) =>
              !["no", "description", "startingDate", "endingDate", "salespersonCode", "statusCode"].includes(i.field),
          )
          .map((i) => (
            <MessageBar
              key={i.code}
              messageBarType={i.severity === "error" ? MessageBarType.error : MessageBarType.warning}
            >
              {i.message}
            </MessageBar>
          ))}
        {savedNo && (
          <MessageBar messageBarType={MessageBarType.success}>{t(lang, "saved", { no: savedNo })}</MessageBar>
        )}
        <PrimaryButton type="submit" text={t(lang, "save")} data-testid="card-save" />
      </Stack>
      {/* Outside the form: its buttons act on the stored campaign, not on the draft. */}
      {stored && <CampaignPriceLists campaign={stored} />}
      {/* Activated is derived: the campaign has target-group rows (domain-rules §4). */}
      {stored && <CampaignActivation campaignNo={stored.no} targetGroups={targetGroups} />}
      {stored && <CampaignStatisticsSection campaignNo={stored.no} />}
      {stored && <CampaignTasksSection campaignNo={stored.no} />}
    </>
  );
}

function stripMeta(row: Campaign & { rowId?: string; rowVersion?: number; rowHash?: string }): Campaign {
  const { rowId: _a, rowVersion: _b, rowHash: _c, ...campaign } = row;
  return campaign;
}
