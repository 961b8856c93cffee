/**
 * The rules of the Sales Cycles, Sales Cycle Stages, Opportunities and Opportunity Entries sheets (issue 17,
 * docs/spec/opportunity-rules.md OP7–OP12): setup rows are validated; an edited opportunity row moves the opportunity
 * (opportunityRowMove), a refused move flags the row, a closed one keeps its fields but Status; opportunity entries
 * are the add-in's and are written with their opportunity (opportunityCascade.ts).
 */
import {
  contactCompanyNo,
  makeIssue,
  normalizeCode,
  OPPORTUNITY_SERIES,
  opportunityRowMove,
  validateOpportunities,
  validateOpportunityEntries,
  validateSalesCycleStages,
  validateSalesCycles,
} from "../../domain";
import type { EntityKind, Issue, Lang, Opportunity, OpportunityEntry, SalesCycle, SalesCycleStage } from "../../domain";
import { schemaFor } from "../../sheets";
import type { ReferenceData } from "../../store";
import type { BatchItem } from "./segmentLineRules";

export const salesCycleRules = {
  entity: "salesCycle" as const,
  schema: schemaFor("salesCycle"),
  validate: (rows: readonly SalesCycle[], _refs: ReferenceData, lang: Lang) => validateSalesCycles(rows, lang),
  dependsOn: [] as EntityKind[],
};

export const salesCycleStageRules = {
  entity: "salesCycleStage" as const,
  schema: schemaFor("salesCycleStage"),
  validate: (rows: readonly SalesCycleStage[], refs: ReferenceData, lang: Lang) =>
    validateSalesCycleStages(rows, refs, lang),
  dependsOn: ["salesCycle"] as EntityKind[],
};

export const opportunityRules = {
  entity: "opportunity" as const,
  schema: schemaFor("opportunity"),
  validate: (rows: readonly Opportunity[], refs: ReferenceData, lang: Lang) =>
    validateOpportunities(rows, { ...refs, salesCycles: refs.salesCycles }, lang),
  prepareBatch: prepareOpportunities,
  touch: (record: Opportunity, _unchanged: Opportunity | null, today: string) =>
    record.creationDate === "" ? { ...record, creationDate: today } : record,
  numberSeriesCode: OPPORTUNITY_SERIES,
  // OP16: an opportunity in progress cannot be deleted (BC: close it first); a deleted one takes its entries along.
  refuseDelete: (stored: Opportunity, _refs: ReferenceData, lang: Lang) =>
    stored.status === "InProgress"
      ? makeIssue(0, "no", "OPPORTUNITY_IN_PROGRESS_NO_DELETE", "error", { no: stored.no }, lang)
      : null,
  dependsOn: ["contact", "salesperson", "campaign", "salesCycle", "salesCycleStage"] as EntityKind[],
};

/** Entries are written by moves; one typed or changed on the sheet is put back (OP10). */
export const opportunityEntryRules = {
  entity: "opportunityEntry" as const,
  schema: schemaFor("opportunityEntry"),
  validate: (rows: readonly OpportunityEntry[], _refs: ReferenceData, lang: Lang) =>
    validateOpportunityEntries(rows, lang),
  prepareBatch: prepareEntries,
  refuseDelete: (stored: OpportunityEntry, _refs: ReferenceData, lang: Lang) =>
    makeIssue(0, "", "OPPORTUNITY_ENTRY_BY_MOVE", "error", { no: stored.opportunityNo }, lang),
  dependsOn: [] as EntityKind[],
};

/**
 * OP10, OP14: a stored entry keeps its values; only a deactivation travels, when a newer entry of its opportunity
 * (in the sheet or the store) is there to be the active one. A new entry row is taken as it came (from another copy).
 */
function prepareEntries(
  items: readonly BatchItem<OpportunityEntry>[],
  stored: readonly OpportunityEntry[],
  _refs: ReferenceData,
  lang: Lang,
): { records: OpportunityEntry[]; issues: Issue[][] } {
  const latest = new Map<string, number>();
  for (const e of [...stored, ...items.map((i) => i.record)]) {
    const no = Number(e.entryNo) || 0;
    if (no > (latest.get(e.opportunityNo) ?? 0)) latest.set(e.opportunityNo, no);
  }
  const issues: Issue[][] = items.map(() => []);
  const records = items.map(({ record, previous }, k) => {
    if (!previous) return record;
    const deactivated = previous.active && record.active === false;
    const newer = (latest.get(previous.opportunityNo) ?? 0) > previous.entryNo;
    if (deactivated && newer) return { ...previous, active: false };
    if (record.active !== previous.active) {
      issues[k]!.push(makeIssue(0, "active", "OPPORTUNITY_ENTRY_BY_MOVE", "warning", {}, lang));
    }
    return previous;
  });
  return { records, issues };
}

/** The contact's company, as BC fills it on an opportunity. */
export function withOpportunityCompany(record: Opportunity, refs: ReferenceData): Opportunity {
  const no = normalizeCode(record.contactNo);
  const contact = refs.contacts.get(no);
  const company = contact ? contactCompanyNo({ no, type: contact.type, companyNo: contact.companyNo }) : "";
  return company === record.contactCompanyNo ? record : { ...record, contactCompanyNo: company };
}

/** OP11, OP12 on a batch of opportunity rows: each row's move made (its derived fields set) or refused (flagged). */
function prepareOpportunities(
  items: readonly BatchItem<Opportunity>[],
  _stored: readonly Opportunity[],
  refs: ReferenceData,
  lang: Lang,
  today = "",
): { records: Opportunity[]; issues: Issue[][] } {
  const issues: Issue[][] = items.map(() => []);
  const records = items.map((item, k) => {
    const record = withOpportunityCompany(item.record, refs);
    const cycleCode = normalizeCode(record.salesCycleCode);
    const move = opportunityRowMove(
      {
        record,
        previous: item.previous,
        active: refs.activeOpportunityEntries.get(item.previous?.no ?? normalizeCode(record.no)) ?? null,
        cycle: refs.salesCycles.get(cycleCode),
        stages: refs.salesCycleStages.get(cycleCode) ?? [],
        date: today,
        entryNo: refs.opportunityEntryLastNo + 1,
      },
      lang,
    );
    if (move.kind !== "moved" && move.issue) issues[k]!.push(move.issue);
    return move.record;
  });
  return { records, issues };
}
