/**
 * Activate sales prices/line discounts of a campaign (domain-rules.md §4, bc-reference.md §6.2, §6.3). A plan,
 * not an act: the caller asks the confirmation, shows the error, and writes the puts in one transaction.
 * Maps are built once, so 50,000 segment lines cost a few map reads each.
 */
import { normalizeCode } from "./codes";
import { makeIssue } from "./messages";
import {
  companyOf,
  targetGroupRowKey,
  targetRowFor,
  targetsCampaign,
  type TargetingContacts,
  type TargetingInteraction,
  type TargetingLine,
} from "./targetGroups";
import type { CampaignTargetGroup, Issue, Lang } from "./records";

/** What activation reads; lists may hold other campaigns' lines and rows (they are skipped). */
export interface ActivationInput {
  /** Segment lines of the open segments. */
  segmentLines: readonly TargetingLine[];
  /** Interaction log entries; canceled and postponed ones do not count. */
  interactions?: readonly TargetingInteraction[];
  contacts: TargetingContacts;
  /** Company contact no. → customer no. (Customer.contactNo). */
  customerByContact: ReadonlyMap<string, string>;
  /** Target-group rows already stored. */
  existingRows: readonly CampaignTargetGroup[];
  /** The campaign has at least one campaign price or campaign line discount. */
  hasPricesOrDiscounts: boolean;
}

/** The outcome of planning an activation. */
export interface ActivationPlan {
  /**
   * No campaign prices and no discounts: ask "activate anyway?" (ACTIVATION_NO_PRICES, default answer yes) before
   * writing. Only meaningful when there is no `error`.
   */
  needsConfirmation: boolean;
  /** NOTHING_TARGETED when no segment line or interaction targets the campaign; nothing is written then. */
  error?: Issue;
  /** The missing rows only, so activating again is harmless. */
  puts: CampaignTargetGroup[];
  /** Targeted person contacts without a company: they give no row (BC stored a blank no.). */
  withoutCompany: string[];
}

/**
 * Plans activating `campaignNo` (§4): every targeted segment line and every targeted interaction that is neither
 * canceled nor postponed gives its company one row — (Customer, customer no.) when the company is linked to a
 * customer, else (Contact, company no.). Persons are never stored; duplicates and existing rows are skipped.
 */
export function planActivation(campaignNo: string, input: ActivationInput, lang: Lang): ActivationPlan {
  const no = normalizeCode(campaignNo);
  const needsConfirmation = !input.hasPricesOrDiscounts;
  const seen = new Set<string>();
  for (const row of input.existingRows) if (row.campaignNo === no) seen.add(targetGroupRowKey(row));
  const companies = new Set<string>();
  const withoutCompany = new Set<string>();
  let found = false;

  const collect = (ref: TargetingLine | TargetingInteraction): void => {
    if (!targetsCampaign(ref, no)) return;
    found = true;
    const company = companyOf(ref.contactNo, ref.contactCompanyNo, input.contacts);
    if (company === "") withoutCompany.add(normalizeCode(ref.contactNo));
    else companies.add(company);
  };
  for (const line of input.segmentLines) collect(line);
  for (const entry of input.interactions ?? []) collect(entry);

  if (!found || no === "") {
    const error = makeIssue(0, "campaignNo", "NOTHING_TARGETED", "error", { campaign: no }, lang);
    return { needsConfirmation, error, puts: [], withoutCompany: [] };
  }
  const puts: CampaignTargetGroup[] = [];
  for (const company of companies) {
    const row = targetRowFor(company, no, input.customerByContact);
    const key = targetGroupRowKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    puts.push(row);
  }
  return { needsConfirmation, puts, withoutCompany: [...withoutCompany] };
}

/** What the caller does with a plan, in order. */
export type ActivationStep = "confirm" | "error" | "commit";

/**
 * §4 steps 1–3 in BC's order (bc-reference §6.2, IR9): with no campaign prices and no discounts the question comes
 * first, and only after yes the error that nothing is targeted (or the commit).
 */
export function activationSteps(plan: Pick<ActivationPlan, "needsConfirmation" | "error">): ActivationStep[] {
  const steps: ActivationStep[] = plan.needsConfirmation ? ["confirm"] : [];
  steps.push(plan.error ? "error" : "commit");
  return steps;
}
