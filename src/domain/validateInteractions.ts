/**
 * Interaction groups and templates (bc-reference.md §11.6). A template's cost, duration, campaign and
 * target/response flags are the defaults a segment takes when the template is chosen on its header.
 */
import { CODE10, CODE20, TEXT100 } from "./codes";
import { checkKey, checkText, IssueList, markDuplicates, validateCodeList } from "./fieldChecks";
import { checkNotNegative } from "./numberChecks";
import { checkOption, checkOptionalRef, checkRequiredRef } from "./refChecks";
import type { SegmentRefs } from "./segmentRefs";
import type { InformationFlow, InitiatedBy, InteractionGroup, InteractionTemplate, Issue, Lang } from "./records";

export const INFORMATION_FLOWS: readonly InformationFlow[] = ["", "Outbound", "Inbound"];
export const INITIATED_BY: readonly InitiatedBy[] = ["", "Us", "Them"];

/** Interaction groups: code required (Code10) and unique, description Text100. */
export function validateInteractionGroups(rows: readonly InteractionGroup[], lang: Lang): Issue[] {
  return validateCodeList(rows, CODE10, lang);
}

/**
 * Interaction templates: code required (Code10) and unique; group required and existing
 * (UNKNOWN_INTERACTION_GROUP); description Text100; unitCost ≥ 0 (NEGATIVE_AMOUNT), unitDuration ≥ 0
 * (NEGATIVE_DURATION); informationFlow and initiatedBy one of their options; campaign exists when set
 * (UNKNOWN_CAMPAIGN); campaignTarget / campaignResponse need a campaign (TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN).
 */
export function validateInteractionTemplates(
  rows: readonly InteractionTemplate[],
  refs: Pick<SegmentRefs, "interactionGroups" | "campaigns">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((t, row) => {
    keys.push(checkKey(out, row, "code", t.code, CODE10));
    const group = t.interactionGroupCode;
    checkRequiredRef(
      out,
      row,
      "interactionGroupCode",
      group,
      CODE10,
      refs.interactionGroups,
      "UNKNOWN_INTERACTION_GROUP",
    );
    checkText(out, row, "description", t.description, TEXT100);
    checkNotNegative(out, row, "unitCost", t.unitCost, "NEGATIVE_AMOUNT");
    checkNotNegative(out, row, "unitDuration", t.unitDuration, "NEGATIVE_DURATION");
    checkOption(out, row, "informationFlow", t.informationFlow, INFORMATION_FLOWS);
    checkOption(out, row, "initiatedBy", t.initiatedBy, INITIATED_BY);
    checkCampaignFlags(out, row, t, refs.campaigns, "TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN");
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}

/**
 * Campaign no. exists when set; a set campaignTarget or campaignResponse without a campaign no. is `flagsCode`
 * on that flag (a malformed or unknown campaign is reported once, on campaignNo, not again on the flags).
 */
export function checkCampaignFlags(
  out: IssueList,
  row: number,
  r: { campaignNo: string; campaignTarget: boolean; campaignResponse: boolean },
  campaigns: SegmentRefs["campaigns"],
  flagsCode: string,
): void {
  checkOptionalRef(out, row, "campaignNo", r.campaignNo, CODE20, campaigns, "UNKNOWN_CAMPAIGN");
  if (typeof r.campaignNo === "string" && r.campaignNo.trim() !== "") return;
  if (r.campaignTarget === true) out.error(row, "campaignTarget", flagsCode, { field: "campaignTarget" });
  if (r.campaignResponse === true) out.error(row, "campaignResponse", flagsCode, { field: "campaignResponse" });
}
