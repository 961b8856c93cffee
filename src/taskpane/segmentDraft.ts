/** The segment form's draft: numbers kept as typed, and the rules the form applies before the engine does. */
import type { InteractionTemplate, IsoDate, Lang, SegmentHeader } from "../domain";
import type { SegmentSaveResult } from "../sync";
import { formatCount, t } from "./i18n";
import type { TextKey } from "./i18n";
import { formatInput, parseDecimal } from "./numberFormat";

export interface SegmentDraft extends Omit<SegmentHeader, "unitCost" | "unitDuration"> {
  unitCost: string;
  unitDuration: string;
}

/** A new segment: blank no. (the series numbers it), dated today as BC dates a new header with the work date. */
export function emptySegmentDraft(today: IsoDate): SegmentDraft {
  return {
    no: "",
    description: "",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    unitCost: "0",
    unitDuration: "0",
    date: today,
  };
}

export function draftFromHeader(header: SegmentHeader, lang: Lang): SegmentDraft {
  return {
    ...header,
    unitCost: formatInput(lang, header.unitCost),
    unitDuration: formatInput(lang, header.unitDuration),
  };
}

export type DraftResult =
  { ok: true; header: SegmentHeader } | { ok: false; errors: Partial<Record<"unitCost" | "unitDuration", string>> };

/** The header to save, or the number fields that are not numbers (a blank one is 0). */
export function headerFromDraft(draft: SegmentDraft, lang: Lang): DraftResult {
  const read = (text: string) => (text.trim() === "" ? 0 : parseDecimal(lang, text));
  const unitCost = read(draft.unitCost);
  const unitDuration = read(draft.unitDuration);
  const example = formatInput(lang, 12.5);
  const errors: Partial<Record<"unitCost" | "unitDuration", string>> = {};
  if (unitCost === null) errors.unitCost = t(lang, "notANumber", { example });
  if (unitDuration === null) errors.unitDuration = t(lang, "notANumber", { example });
  if (unitCost === null || unitDuration === null) return { ok: false, errors };
  return { ok: true, header: { ...draft, no: draft.no.trim(), unitCost, unitDuration } };
}

/** Campaign target and response only mean something with a campaign: clearing the campaign clears them (BC page). */
export function withCampaign(draft: SegmentDraft, campaignNo: string): SegmentDraft {
  return campaignNo === ""
    ? { ...draft, campaignNo, campaignTarget: false, campaignResponse: false }
    : { ...draft, campaignNo };
}

/**
 * Choosing a template copies its defaults (bc-reference §4.4): cost, duration, target and response, and its
 * campaign when it has one. Clearing the template resets them and, as in BC, clears the campaign.
 */
export function withTemplate(
  draft: SegmentDraft,
  code: string,
  template: InteractionTemplate | undefined,
  lang: Lang,
): SegmentDraft {
  if (!template) {
    return withCampaign({ ...draft, interactionTemplateCode: code, unitCost: "0", unitDuration: "0" }, "");
  }
  const campaignNo = template.campaignNo || draft.campaignNo;
  return {
    ...draft,
    interactionTemplateCode: code,
    unitCost: formatInput(lang, template.unitCost),
    unitDuration: formatInput(lang, template.unitDuration),
    campaignNo,
    campaignTarget: campaignNo !== "" && template.campaignTarget,
    campaignResponse: campaignNo !== "" && template.campaignResponse,
  };
}

/** Ask before saving only when a changed field would reach existing lines. */
export function needsLineConfirmation(preview: Pick<SegmentSaveResult, "changedFields" | "lineCount">): boolean {
  return preview.changedFields.length > 0 && preview.lineCount > 0;
}

const FIELD_KEYS: Readonly<Record<string, TextKey>> = {
  no: "fieldNo",
  description: "fieldDescription",
  campaignNo: "fieldCampaign",
  campaignTarget: "fieldCampaignTarget",
  campaignResponse: "fieldCampaignResponse",
  salespersonCode: "fieldSalesperson",
  interactionTemplateCode: "fieldInteractionTemplate",
  unitCost: "fieldUnitCost",
  unitDuration: "fieldUnitDuration",
  date: "fieldDate",
};

/** The form's label of a header field (its name when unknown). */
export function segmentFieldLabel(lang: Lang, field: string): string {
  const key = FIELD_KEYS[field];
  return key ? t(lang, key) : field;
}

/** "Update the 3 lines of SEG0001 with the changed fields (Campaign, Date)?" */
export function updateLinesQuestion(
  lang: Lang,
  no: string,
  preview: Pick<SegmentSaveResult, "changedFields" | "lineCount">,
): string {
  const fields = preview.changedFields.map((f) => segmentFieldLabel(lang, f)).join(", ");
  return t(lang, "updateLinesText", { n: formatCount(lang, preview.lineCount), no, fields });
}
