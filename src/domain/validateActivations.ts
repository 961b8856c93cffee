/** Activation marks (docs/spec/document-layout.md): one per activated campaign, which must exist. */
import { CODE20 } from "./codes";
import { IssueList, markDuplicates } from "./fieldChecks";
import type { CodeLookup } from "./pricingRefs";
import type { CampaignActivation, Issue, Lang } from "./records";
import { checkRequiredRef } from "./refChecks";

export function validateCampaignActivations(
  rows: readonly CampaignActivation[],
  refs: { campaigns: CodeLookup },
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((a, row) =>
    checkRequiredRef(out, row, "campaignNo", a.campaignNo, CODE20, refs.campaigns, "UNKNOWN_CAMPAIGN"),
  );
  markDuplicates(out, keys, "campaignNo");
  return out.sorted();
}
