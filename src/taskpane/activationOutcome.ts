/** What the campaign card says after Activate or Deactivate, and how much of a target group it lists. */
import { formatMessage } from "../domain";
import type { Lang } from "../domain";
// Not (yet) exported by the domain's index.
import type { CampaignTargetGroup } from "../domain";
import type { ActivationSummary } from "../sync";
import { formatCount, t } from "./i18n";

export interface Outcome {
  severity: "success" | "info" | "error";
  lines: string[];
}

/**
 * Committed: activated and how many rows were added (plus any warnings); refused: nothing changed; else the errors.
 * `declined`: the person answered No to the no-prices question, which comes before any error (IR9): nothing else is said.
 */
export function activationOutcome(
  lang: Lang,
  campaignNo: string,
  result: ActivationSummary & { committed: boolean },
  declined = false,
): Outcome {
  const messages = result.issues.map((i) => i.message);
  if (result.committed) {
    return {
      severity: "success",
      lines: [
        formatMessage("CAMPAIGN_ACTIVATED", { campaign: campaignNo }, lang),
        t(lang, "targetRowsAdded", { n: formatCount(lang, result.adds) }),
        ...messages,
      ],
    };
  }
  if (declined) return { severity: "info", lines: [t(lang, "activationRefused")] };
  if (!result.ok) return { severity: "error", lines: messages };
  return { severity: "info", lines: [t(lang, "activationRefused"), ...messages] };
}

export function deactivationOutcome(lang: Lang, campaignNo: string, result: { removed: number }): Outcome {
  return {
    severity: "success",
    lines: [
      formatMessage("CAMPAIGN_DEACTIVATED", { campaign: campaignNo }, lang),
      t(lang, "targetRowsRemoved", { n: formatCount(lang, result.removed) }),
    ],
  };
}

/** A target group can hold thousands of rows; the card lists this many. */
export const TARGET_GROUP_SHOWN = 200;

/** The rows to list (customers first, then contacts, each by no.) and how many are left out. */
export function visibleTargetGroups(rows: readonly CampaignTargetGroup[]): {
  shown: CampaignTargetGroup[];
  more: number;
} {
  const sorted = [...rows].sort((a, b) => b.type.localeCompare(a.type) || a.no.localeCompare(b.no));
  return { shown: sorted.slice(0, TARGET_GROUP_SHOWN), more: Math.max(0, rows.length - TARGET_GROUP_SHOWN) };
}

/** "Customer 10000" / "Contact CT000010". */
export function targetGroupLabel(lang: Lang, row: CampaignTargetGroup): string {
  return t(lang, row.type === "Customer" ? "targetCustomer" : "targetContact", { no: row.no });
}
