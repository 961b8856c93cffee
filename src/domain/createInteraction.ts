/**
 * Interactions a sales person logs themselves (bc-reference §4.7 "Single interactions", SegManagement.LogInteraction;
 * docs/spec/interaction-rules.md IR8): an interaction with a campaign no. that is not postponed gets a campaign entry,
 * reused per campaign for all single interactions (segment no. blank) as BC does, except that a canceled entry is
 * never reused (domain-rules §6). A new entry is described "Interactions", as BC's blank Interaction Template Setup.
 */
import { normalizeCode } from "./codes";
import { rememberEntry, reusableEntries, reusableEntry } from "./campaignEntryFor";
import { takeEntryNos } from "./entryNumbers";
import type { CampaignEntry, InteractionLogEntry, InteractionTemplate, Lang, NumberSeries } from "./records";

const ENTRY_TEXT = { en: "Interactions", da: "Interaktioner" } as const;

export interface AssignedEntries {
  /** The interactions, in input order, each with its campaign entry no. (0 when it has none). */
  interactions: InteractionLogEntry[];
  /** Entries made for them (reused ones are not repeated). */
  created: CampaignEntry[];
  series: NumberSeries;
}

/**
 * Gives each interaction without a campaign entry the one it belongs to (IR8). An interaction that already has an
 * entry keeps it; one without a campaign, or postponed, gets none (0).
 */
export function assignCampaignEntries(
  interactions: readonly InteractionLogEntry[],
  entries: readonly CampaignEntry[],
  series: NumberSeries,
  userId: string,
  lang: Lang,
): AssignedEntries {
  const reusable = reusableEntries(entries);
  const taken = new Set(entries.map((e) => e.entryNo));
  const created: CampaignEntry[] = [];
  let next = series;
  const out = interactions.map((ile): InteractionLogEntry => {
    const campaignNo = normalizeCode(ile.campaignNo);
    if (ile.campaignEntryNo !== 0) return ile;
    if (campaignNo === "" || ile.postponed) return ile;
    const segmentNo = normalizeCode(ile.segmentNo);
    let entry = reusableEntry(reusable, campaignNo, segmentNo);
    if (!entry) {
      const numbered = takeEntryNos(next, 1, taken);
      next = numbered.series;
      entry = {
        entryNo: numbered.nos[0] ?? 0,
        campaignNo,
        description: ENTRY_TEXT[lang],
        date: ile.date,
        userId,
        segmentNo,
        salespersonCode: normalizeCode(ile.salespersonCode),
        registerNo: 0,
        canceled: false,
      };
      taken.add(entry.entryNo);
      rememberEntry(reusable, entry);
      created.push(entry);
    }
    return { ...ile, campaignEntryNo: entry.entryNo };
  });
  return { interactions: out, created, series: next };
}

/**
 * IR8: a new interaction takes what its row leaves blank from its template, as BC's Create Interaction fills the
 * wizard from the template: cost and duration (when both are 0), information flow, initiated by, and the campaign
 * with the template's target and response flags (when the row names no campaign).
 */
export function withTemplateDefaults(
  ile: InteractionLogEntry,
  template: InteractionTemplate | undefined,
): InteractionLogEntry {
  if (!template) return ile;
  const out = { ...ile };
  if (out.cost === 0 && out.duration === 0) {
    out.cost = template.unitCost;
    out.duration = template.unitDuration;
  }
  if (out.informationFlow === "") out.informationFlow = template.informationFlow;
  if (out.initiatedBy === "") out.initiatedBy = template.initiatedBy;
  if (normalizeCode(out.campaignNo) === "" && template.campaignNo !== "") {
    out.campaignNo = template.campaignNo;
    out.campaignTarget ||= template.campaignTarget;
    out.campaignResponse ||= template.campaignResponse;
  }
  return out;
}
