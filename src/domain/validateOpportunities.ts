/**
 * Sales cycles, their stages, opportunities and opportunity entries as rows of their sheets
 * (docs/spec/opportunity-rules.md OP7–OP9): codes unique, references resolve, stage numbers positive whole numbers
 * unique per cycle, percentages 0–100, a sales cycle's probability calculation one of BC's four.
 */
import { isValidDateFormula } from "./calcDate";
import { CODE10, CODE20, TEXT100, normalizeCode } from "./codes";
import { asText, checkKey, checkText, IssueList, markDuplicates } from "./fieldChecks";
import { checkFinite, checkNotNegative } from "./numberChecks";
import type { CodeLookup } from "./pricingRefs";
import { checkOption, checkRequiredRef, checkSalespersonRef } from "./refChecks";
import type { Opportunity, OpportunityEntry, SalesCycle, SalesCycleStage } from "./opportunityRecords";
import type { Issue, Lang } from "./records";

export const PROBABILITY_CALCULATIONS = ["Multiply", "Add", "ChancesOfSuccess", "Completed"] as const;
export const OPPORTUNITY_STATUSES = ["NotStarted", "InProgress", "Won", "Lost"] as const;

export interface OpportunityRefs {
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
  campaigns: CodeLookup;
  contacts: CodeLookup;
  salesCycles: CodeLookup;
}

function checkPct(out: IssueList, row: number, field: string, value: unknown): void {
  if (!checkFinite(out, row, field, value)) return;
  if (value < 0 || value > 100) out.error(row, field, "PERCENT_OUT_OF_RANGE", { field, value });
}

/** OP7: code unique (Code10), description Text100, probability calculation one of the four. */
export function validateSalesCycles(rows: readonly SalesCycle[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const key = checkKey(out, row, "code", r.code, CODE10);
    checkText(out, row, "description", r.description, TEXT100);
    checkOption(out, row, "probabilityCalculation", r.probabilityCalculation, PROBABILITY_CALCULATIONS);
    return key;
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}

/** OP8: the cycle exists, stage a positive whole number unique in its cycle, percentages 0–100, a valid formula. */
export function validateSalesCycleStages(
  rows: readonly SalesCycleStage[],
  refs: Pick<OpportunityRefs, "salesCycles">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const cycle = checkRequiredRef(
      out,
      row,
      "salesCycleCode",
      r.salesCycleCode,
      CODE10,
      refs.salesCycles,
      "UNKNOWN_SALES_CYCLE",
    );
    const stage = r.stage as unknown;
    const whole = typeof stage === "number" && Number.isSafeInteger(stage) && stage > 0;
    if (!whole) out.error(row, "stage", "STAGE_NOT_POSITIVE", { value: asText(stage) });
    checkText(out, row, "description", r.description, TEXT100);
    checkPct(out, row, "completedPct", r.completedPct);
    checkPct(out, row, "chancesOfSuccessPct", r.chancesOfSuccessPct);
    if (r.dateFormula !== "" && !isValidDateFormula(r.dateFormula))
      out.error(row, "dateFormula", "DATE_FORMULA_SYNTAX", { formula: r.dateFormula });
    return cycle !== "" && whole ? `${cycle}/${String(stage)}` : "";
  });
  markDuplicates(out, keys, "stage");
  return out.sorted();
}

/** OP9: no. unique, contact, salesperson and sales cycle required and known, campaign known when set, figures sane. */
export function validateOpportunities(rows: readonly Opportunity[], refs: OpportunityRefs, lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const key = checkKey(out, row, "no", r.no, CODE20);
    checkText(out, row, "description", r.description, TEXT100);
    checkRequiredRef(out, row, "contactNo", r.contactNo, CODE20, refs.contacts, "UNKNOWN_CONTACT");
    if (asText(r.salespersonCode).trim() === "")
      out.error(row, "salespersonCode", "KEY_REQUIRED", { field: "salespersonCode" });
    else checkSalespersonRef(out, row, "salespersonCode", r.salespersonCode, refs.salespeople);
    const cycles = refs.salesCycles;
    checkRequiredRef(out, row, "salesCycleCode", r.salesCycleCode, CODE10, cycles, "UNKNOWN_SALES_CYCLE");
    const campaign = normalizeCode(asText(r.campaignNo));
    if (campaign !== "" && !refs.campaigns.has(campaign))
      out.error(row, "campaignNo", "UNKNOWN_CAMPAIGN", { no: campaign, code: campaign });
    checkOption(out, row, "status", r.status, OPPORTUNITY_STATUSES);
    checkNotNegative(out, row, "estimatedValue", r.estimatedValue, "ESTIMATED_VALUE_NEGATIVE");
    checkPct(out, row, "chancesOfSuccessPct", r.chancesOfSuccessPct);
    return key;
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}

/** OP10: opportunity entries are the add-in's: entry no. unique; each names its opportunity. */
export function validateOpportunityEntries(rows: readonly OpportunityEntry[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys = rows.map((r, row) => {
    const no = Number(r.entryNo);
    if (!Number.isSafeInteger(no) || no <= 0) out.error(row, "entryNo", "KEY_REQUIRED", { field: "entryNo" });
    if (asText(r.opportunityNo).trim() === "") out.error(row, "opportunityNo", "OPPORTUNITY_ENTRY_BY_MOVE", {});
    return Number.isSafeInteger(no) && no > 0 ? String(no) : "";
  });
  markDuplicates(out, keys, "entryNo");
  return out.sorted();
}
