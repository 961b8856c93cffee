/**
 * Logged segments, campaign entries and interaction log entries as rows of their sheets (domain-rules §2, §6,
 * docs/spec/interaction-rules.md IR11): entry nos. unique whole numbers (a blank one is numbered from its series),
 * references resolve. An interaction needs a date, a contact, a salesperson and a template, as BC's Create
 * Interaction checks them (bc-reference §4.7); its campaign, when set, must exist.
 */
import { CODE10, CODE20, TEXT100 } from "./codes";
import { asText, checkDate, checkText, IssueList, markDuplicates } from "./fieldChecks";
import { checkNotNegative } from "./numberChecks";
import type { CodeLookup } from "./pricingRefs";
import { checkOption, checkOptionalRef, checkRequiredRef, checkSalespersonRef } from "./refChecks";
import type { SegmentRefs } from "./segmentRefs";
import { checkCampaignFlags, INFORMATION_FLOWS, INITIATED_BY } from "./validateInteractions";
import { EVALUATIONS } from "./validateSegments";
import type { CampaignEntry, InteractionLogEntry, Issue, Lang, LoggedSegment } from "./records";

/** The entry no. as a key: "" when blank (KEY_REQUIRED, dropped for a row the series numbers), else its digits. */
function checkEntryNo(out: IssueList, row: number, raw: unknown): string {
  const text = asText(raw).trim();
  if (text === "" || raw === 0) {
    out.error(row, "entryNo", "KEY_REQUIRED", { field: "entryNo" });
    return "";
  }
  const no = Number(text);
  if (!Number.isSafeInteger(no) || no <= 0) {
    out.error(row, "entryNo", "INVALID_NUMBER", { field: "entryNo", value: text });
    return "";
  }
  return String(no);
}

function checkRequiredDate(out: IssueList, row: number, field: string, raw: unknown): void {
  if (asText(raw) === "") out.error(row, field, "KEY_REQUIRED", { field });
  else checkDate(out, row, field, raw);
}

/** IR11: interactions typed, pasted or logged. */
export function validateInteractionLogEntries(
  rows: readonly InteractionLogEntry[],
  refs: Pick<SegmentRefs, "contacts" | "campaigns" | "salespeople" | "interactionTemplates"> & {
    /** OP15: the opportunity an interaction names must exist (absent: not checked). */
    opportunities?: CodeLookup;
  },
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((r, row) => {
    keys.push(checkEntryNo(out, row, r.entryNo));
    checkRequiredDate(out, row, "date", r.date);
    checkRequiredRef(out, row, "contactNo", r.contactNo, CODE20, refs.contacts, "UNKNOWN_CONTACT");
    const templates = refs.interactionTemplates;
    const template = r.interactionTemplateCode;
    checkRequiredRef(out, row, "interactionTemplateCode", template, CODE10, templates, "UNKNOWN_INTERACTION_TEMPLATE");
    if (asText(r.salespersonCode).trim() === "")
      out.error(row, "salespersonCode", "KEY_REQUIRED", { field: "salespersonCode" });
    else checkSalespersonRef(out, row, "salespersonCode", r.salespersonCode, refs.salespeople);
    checkCampaignFlags(out, row, r, refs.campaigns, "TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN");
    checkText(out, row, "description", r.description, TEXT100);
    checkNotNegative(out, row, "cost", r.cost, "NEGATIVE_AMOUNT");
    checkNotNegative(out, row, "duration", r.duration, "NEGATIVE_DURATION");
    checkOption(out, row, "evaluation", r.evaluation, EVALUATIONS);
    checkOption(out, row, "informationFlow", r.informationFlow, INFORMATION_FLOWS);
    checkOption(out, row, "initiatedBy", r.initiatedBy, INITIATED_BY);
    const opportunities = refs.opportunities;
    if (opportunities)
      checkOptionalRef(out, row, "opportunityNo", r.opportunityNo, CODE20, opportunities, "UNKNOWN_OPPORTUNITY");
  });
  markDuplicates(out, keys, "entryNo");
  return out.sorted();
}

/** IR11: campaign entries: entry no. unique, campaign exists, description Text100. */
export function validateCampaignEntries(
  rows: readonly CampaignEntry[],
  refs: Pick<SegmentRefs, "campaigns">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((r, row) => {
    keys.push(checkEntryNo(out, row, r.entryNo));
    checkRequiredRef(out, row, "campaignNo", r.campaignNo, CODE20, refs.campaigns, "UNKNOWN_CAMPAIGN");
    checkText(out, row, "description", r.description, TEXT100);
  });
  markDuplicates(out, keys, "entryNo");
  return out.sorted();
}

/** IR11: logged segments: entry no. unique, segment no. set, description Text100. */
export function validateLoggedSegments(rows: readonly LoggedSegment[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((r, row) => {
    keys.push(checkEntryNo(out, row, r.entryNo));
    if (asText(r.segmentNo).trim() === "") out.error(row, "segmentNo", "KEY_REQUIRED", { field: "segmentNo" });
    checkText(out, row, "description", r.description, TEXT100);
  });
  markDuplicates(out, keys, "entryNo");
  return out.sorted();
}
