import { Stack } from "@fluentui/react";
import type { Campaign, InteractionTemplate, Lang, Salesperson } from "../../domain";
import { t } from "../i18n";
import { withCampaign, withTemplate } from "../segmentDraft";
import type { SegmentDraft } from "../segmentDraft";
import { CheckField } from "./CheckField";
import { Select } from "./Select";
import type { SelectOption } from "./Select";
import { TextField } from "./TextField";

interface Props {
  lang: Lang;
  draft: SegmentDraft;
  isNew: boolean;
  campaigns: readonly Pick<Campaign, "no" | "description">[];
  salespeople: readonly Pick<Salesperson, "code" | "name" | "blocked">[];
  templates: readonly InteractionTemplate[];
  /** Messages per header field (the engine's issues and the form's own number checks). */
  errors: Readonly<Record<string, string>>;
  onChange: (draft: SegmentDraft) => void;
}

/** The segment header's fields. Campaign target and response are enabled only with a campaign (BC page). */
export function SegmentForm({ lang, draft, isNew, campaigns, salespeople, templates, errors, onChange }: Props) {
  const text = (field: keyof SegmentDraft) => (_: unknown, value?: string) =>
    onChange({ ...draft, [field]: value ?? "" });
  const none: SelectOption = { key: "", text: t(lang, "none") };
  const hasCampaign = draft.campaignNo !== "";
  const err = (field: string) => errors[field] ?? "";
  const needsCampaign = hasCampaign ? {} : { title: t(lang, "flagsNeedCampaign") };
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="segment-form">
      <TextField
        label={t(lang, "fieldNo")}
        value={draft.no}
        onChange={text("no")}
        readOnly={!isNew}
        description={isNew ? t(lang, "segmentNoHint") : ""}
        errorMessage={err("no")}
        data-testid="segment-no"
      />
      <TextField
        label={t(lang, "fieldDescription")}
        value={draft.description}
        onChange={text("description")}
        errorMessage={err("description")}
        data-testid="segment-description"
      />
      <Select
        label={t(lang, "fieldCampaign")}
        selectedKey={draft.campaignNo}
        options={withCurrent(
          [none, ...campaigns.map((c) => ({ key: c.no, text: `${c.no} – ${c.description}` }))],
          draft.campaignNo,
        )}
        onChange={(o) => onChange(withCampaign(draft, o.key))}
        errorMessage={err("campaignNo")}
        data-testid="segment-campaign"
      />
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <CheckField
          label={t(lang, "fieldCampaignTarget")}
          checked={draft.campaignTarget}
          disabled={!hasCampaign}
          {...needsCampaign}
          onChange={(v) => onChange({ ...draft, campaignTarget: v })}
          data-testid="segment-campaign-target"
        />
        <CheckField
          label={t(lang, "fieldCampaignResponse")}
          checked={draft.campaignResponse}
          disabled={!hasCampaign}
          {...needsCampaign}
          onChange={(v) => onChange({ ...draft, campaignResponse: v })}
          data-testid="segment-campaign-response"
        />
      </Stack>
      <Select
        label={t(lang, "fieldSalesperson")}
        selectedKey={draft.salespersonCode}
        options={withCurrent(
          [none, ...salespeople.map((p) => ({ key: p.code, text: `${p.code} – ${p.name}`, disabled: p.blocked }))],
          draft.salespersonCode,
        )}
        onChange={(o) => onChange({ ...draft, salespersonCode: o.key })}
        errorMessage={err("salespersonCode")}
        data-testid="segment-salesperson"
      />
      <Select
        label={t(lang, "fieldInteractionTemplate")}
        selectedKey={draft.interactionTemplateCode}
        options={withCurrent(
          [none, ...templates.map((x) => ({ key: x.code, text: `${x.code} – ${x.description}` }))],
          draft.interactionTemplateCode,
        )}
        onChange={(o) => {
          const code = o.key;
          onChange(
            withTemplate(
              draft,
              code,
              templates.find((x) => x.code === code),
              lang,
            ),
          );
        }}
        errorMessage={err("interactionTemplateCode")}
        data-testid="segment-template"
      />
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <TextField
          label={t(lang, "fieldUnitCost")}
          value={draft.unitCost}
          onChange={text("unitCost")}
          inputMode="decimal"
          errorMessage={err("unitCost")}
          data-testid="segment-unit-cost"
        />
        <TextField
          label={t(lang, "fieldUnitDuration")}
          value={draft.unitDuration}
          onChange={text("unitDuration")}
          inputMode="decimal"
          errorMessage={err("unitDuration")}
          data-testid="segment-unit-duration"
        />
      </Stack>
      <TextField
        type="date"
        label={t(lang, "fieldDate")}
        value={draft.date}
        onChange={text("date")}
        errorMessage={err("date")}
        data-testid="segment-date"
      />
    </Stack>
  );
}

/** A stored value missing from the options (e.g. a deleted campaign) still shows, rather than a blank field. */
function withCurrent(options: SelectOption[], key: string): SelectOption[] {
  return options.some((o) => o.key === key) ? options : [...options, { key, text: key }];
}
