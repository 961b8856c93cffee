/**
 * The rules of the Interactions, Campaign Entries and Logged Segments sheets (issue 16,
 * docs/spec/interaction-rules.md): rows typed or pasted by sales people become interactions with their campaign
 * entry (IR8); logged interactions keep their history (IR10); an interaction is un-canceled only while its entry and
 * logged segment are not canceled (IR5); only canceled campaign entries can be deleted (IR6).
 */
import {
  assignCampaignEntries,
  CAMPAIGN_ENTRY_SERIES,
  campaignEntryDeleteIssue,
  contactCompanyNo,
  INTERACTION_SERIES,
  interactionCancelIssue,
  keepInteractionHistory,
  LOGGED_SEGMENT_SERIES,
  makeIssue,
  normalizeCode,
  validateCampaignEntries,
  validateInteractionLogEntries,
  validateLoggedSegments,
  withTemplateDefaults,
} from "../../domain";
import type { CampaignEntry, EntityKind, InteractionLogEntry, Issue, Lang, LoggedSegment } from "../../domain";
import { schemaFor } from "../../sheets";
import type { ReferenceData } from "../../store";
import type { BatchItem } from "./segmentLineRules";

/** A blank entry no. reads as ""; a numbered one is stored as a number. */
const asEntryNo = <R extends { entryNo: number }>(record: R): R => {
  const raw = record.entryNo as unknown;
  return raw === "" || typeof raw === "number" ? record : { ...record, entryNo: Number(raw) };
};

/** Fields the person may change on a campaign entry (BC's page is read-only but for the Canceled toggle). */
function keepEntryFields<R extends object>(record: R, previous: R | null, editable: readonly (keyof R)[]): R {
  if (!previous) return record;
  const kept = { ...previous };
  for (const field of editable) kept[field] = record[field];
  return kept;
}

export const interactionLogEntryRules = {
  entity: "interactionLogEntry" as const,
  schema: schemaFor("interactionLogEntry"),
  validate: (rows: readonly InteractionLogEntry[], refs: ReferenceData, lang: Lang) =>
    validateInteractionLogEntries(rows, refs, lang),
  prepareBatch: prepareInteractions,
  derive: (record: InteractionLogEntry, refs: ReferenceData) => deriveInteraction(asEntryNo(record), refs),
  numberSeriesCode: INTERACTION_SERIES,
  dependsOn: [
    "contact",
    "interactionTemplate",
    "campaign",
    "salesperson",
    "campaignEntry",
    "loggedSegment",
    "opportunity",
  ] as EntityKind[],
};

export const campaignEntryRules = {
  entity: "campaignEntry" as const,
  schema: schemaFor("campaignEntry"),
  validate: (rows: readonly CampaignEntry[], refs: ReferenceData, lang: Lang) =>
    validateCampaignEntries(rows, refs, lang),
  prepare: (record: CampaignEntry, previous: CampaignEntry | null) =>
    keepEntryFields(record, previous, ["entryNo", "description", "canceled"]),
  derive: (record: CampaignEntry) => asEntryNo(record),
  // IR6: only canceled campaign entries can be deleted; an uncanceled one is put back with the reason.
  refuseDelete: (stored: CampaignEntry, _refs: ReferenceData, lang: Lang) => campaignEntryDeleteIssue(stored, lang),
  numberSeriesCode: CAMPAIGN_ENTRY_SERIES,
  dependsOn: ["campaign"] as EntityKind[],
};

export const loggedSegmentRules = {
  entity: "loggedSegment" as const,
  schema: schemaFor("loggedSegment"),
  validate: (rows: readonly LoggedSegment[], _refs: ReferenceData, lang: Lang) => validateLoggedSegments(rows, lang),
  prepare: (record: LoggedSegment, previous: LoggedSegment | null) =>
    keepEntryFields(record, previous, ["entryNo", "canceled"]),
  derive: (record: LoggedSegment) => asEntryNo(record),
  numberSeriesCode: LOGGED_SEGMENT_SERIES,
  dependsOn: [] as EntityKind[],
};

/** The contact's company and the template's group, as BC fills them on an interaction. */
function deriveInteraction(record: InteractionLogEntry, refs: ReferenceData): InteractionLogEntry {
  const no = normalizeCode(record.contactNo);
  const contact = refs.contacts.get(no);
  const template = refs.interactionTemplates.get(normalizeCode(record.interactionTemplateCode));
  const company = contact ? contactCompanyNo({ no, type: contact.type, companyNo: contact.companyNo }) : "";
  const group = template?.interactionGroupCode ?? record.interactionGroupCode;
  if (company === record.contactCompanyNo && group === record.interactionGroupCode) return record;
  return { ...record, contactCompanyNo: company, interactionGroupCode: group };
}

/** IR10, IR5, IR8 on a batch of interaction rows. */
function prepareInteractions(
  items: readonly BatchItem<InteractionLogEntry>[],
  _stored: readonly InteractionLogEntry[],
  refs: ReferenceData,
  lang: Lang,
): { records: InteractionLogEntry[]; issues: Issue[][] } {
  const issues: Issue[][] = items.map(() => []);
  const records = items.map((item, k) => {
    const template = refs.interactionTemplates.get(normalizeCode(item.record.interactionTemplateCode));
    const typed = item.previous ? item.record : withTemplateDefaults(item.record, template);
    const kept = keepInteractionHistory(typed, item.previous);
    if (kept.putBack.length > 0) issues[k]!.push(readOnlyIssue(kept.record, kept.putBack, lang));
    const refused = item.previous
      ? interactionCancelIssue(item.previous, kept.record.canceled, refs.campaignEntries, refs.loggedSegments, lang)
      : null;
    if (refused) issues[k]!.push(refused);
    return kept.record;
  });
  const entries: CampaignEntry[] = [...refs.campaignEntries].map(([entryNo, e]) => ({
    entryNo,
    campaignNo: e.campaignNo,
    segmentNo: e.segmentNo,
    canceled: e.canceled,
    description: "",
    date: "",
    userId: "",
    salespersonCode: "",
    registerNo: 0,
  }));
  const series = {
    code: CAMPAIGN_ENTRY_SERIES,
    startingNo: "1",
    lastNoUsed: String(refs.campaignEntryLastNo),
    manualNos: false,
  };
  return { records: assignCampaignEntries(records, entries, series, "", lang).interactions, issues };
}

function readOnlyIssue(record: InteractionLogEntry, fields: readonly string[], lang: Lang): Issue {
  const params = { field: fields[0] ?? "", entry: record.entryNo, segment: record.segmentNo };
  return makeIssue(0, fields[0] ?? "", "INTERACTION_READ_ONLY", "warning", params, lang);
}
