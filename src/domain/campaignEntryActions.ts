/**
 * Canceling and deleting what a campaign did (domain-rules §6, bc-reference §3.3, §3.4): canceling a campaign entry
 * cancels its interactions, canceling a logged segment its entries and interactions; an interaction is un-canceled
 * only while its entry and logged segment are not canceled; only canceled campaign entries can be deleted (enforced
 * here, not only in the pane), and deleting one deletes its interactions. Pure: returns the changed records.
 */
import { makeIssue } from "./messages";
import type { CampaignEntry, InteractionLogEntry, Issue, Lang, LoggedSegment } from "./records";

/** Records changed by a cancel toggle (only those whose value changes). */
export interface CancelChanges {
  loggedSegments: LoggedSegment[];
  campaignEntries: CampaignEntry[];
  interactions: InteractionLogEntry[];
}

const setCanceled = <R extends { canceled: boolean }>(rows: readonly R[], canceled: boolean): R[] =>
  rows.filter((r) => r.canceled !== canceled).map((r) => ({ ...r, canceled }));

/** The interactions of a campaign entry: same campaign no. and campaign entry no. (bc-reference §3.3). */
export function interactionsOfEntry(
  entry: Pick<CampaignEntry, "entryNo" | "campaignNo">,
  interactions: readonly InteractionLogEntry[],
): InteractionLogEntry[] {
  return interactions.filter((i) => i.campaignEntryNo === entry.entryNo && i.campaignNo === entry.campaignNo);
}

/** IR4: a campaign entry's canceled flag set to `canceled`, and the same value on all its interactions. */
export function setCampaignEntryCanceled(
  entry: CampaignEntry,
  canceled: boolean,
  interactions: readonly InteractionLogEntry[],
): CancelChanges {
  return {
    loggedSegments: [],
    campaignEntries: setCanceled([entry], canceled),
    interactions: setCanceled(interactionsOfEntry(entry, interactions), canceled),
  };
}

/** IR4: a logged segment's canceled flag, on its campaign entries (register no.) and its interactions. */
export function setLoggedSegmentCanceled(
  logged: LoggedSegment,
  canceled: boolean,
  entries: readonly CampaignEntry[],
  interactions: readonly InteractionLogEntry[],
): CancelChanges {
  return {
    loggedSegments: setCanceled([logged], canceled),
    campaignEntries: setCanceled(
      entries.filter((e) => e.registerNo === logged.entryNo),
      canceled,
    ),
    interactions: setCanceled(
      interactions.filter((i) => i.loggedSegmentEntryNo === logged.entryNo),
      canceled,
    ),
  };
}

/**
 * IR5: whether an interaction may take `canceled`. Canceling always may (it does not cascade upward); un-canceling
 * needs its campaign entry (UNCANCEL_ENTRY_CANCELED) and its logged segment (UNCANCEL_LOGGED_SEGMENT_CANCELED) not
 * canceled. Returns the issue on the `canceled` field, or null.
 */
export function interactionCancelIssue(
  interaction: InteractionLogEntry,
  canceled: boolean,
  entries: ReadonlyMap<number, Pick<CampaignEntry, "canceled">>,
  loggedSegments: ReadonlyMap<number, Pick<LoggedSegment, "canceled">>,
  lang: Lang,
  row = 0,
): Issue | null {
  if (canceled || !interaction.canceled) return null;
  const entry = interaction.campaignEntryNo === 0 ? undefined : entries.get(interaction.campaignEntryNo);
  if (entry?.canceled === true) {
    const params = { entry: interaction.entryNo, campaignEntry: interaction.campaignEntryNo };
    return makeIssue(row, "canceled", "UNCANCEL_ENTRY_CANCELED", "error", params, lang);
  }
  const logged =
    interaction.loggedSegmentEntryNo === 0 ? undefined : loggedSegments.get(interaction.loggedSegmentEntryNo);
  if (logged?.canceled === true) {
    const params = { entry: interaction.entryNo, loggedSegment: interaction.loggedSegmentEntryNo };
    return makeIssue(row, "canceled", "UNCANCEL_LOGGED_SEGMENT_CANCELED", "error", params, lang);
  }
  return null;
}

/** IR6: CAMPAIGN_ENTRY_NOT_CANCELED when the entry is not canceled (it may not be deleted), else null. */
export function campaignEntryDeleteIssue(entry: CampaignEntry, lang: Lang, row = 0): Issue | null {
  if (entry.canceled) return null;
  return makeIssue(row, "canceled", "CAMPAIGN_ENTRY_NOT_CANCELED", "error", { entry: entry.entryNo }, lang);
}

export interface EntryDeletePlan {
  /** Entry nos. deleted: the canceled ones asked for. */
  entries: number[];
  /** Entry nos. of the interactions that go with them. */
  interactions: number[];
  /** One CAMPAIGN_ENTRY_NOT_CANCELED per entry refused, `row` = its index in the request. */
  issues: Issue[];
}

/** IR6: deleting campaign entries: the canceled ones go with all their interactions, the others are refused. */
export function planCampaignEntryDeletes(
  asked: readonly CampaignEntry[],
  interactions: readonly InteractionLogEntry[],
  lang: Lang,
): EntryDeletePlan {
  const plan: EntryDeletePlan = { entries: [], interactions: [], issues: [] };
  const going = new Set<string>();
  asked.forEach((entry, row) => {
    const refused = campaignEntryDeleteIssue(entry, lang, row);
    if (refused) return void plan.issues.push(refused);
    plan.entries.push(entry.entryNo);
    going.add(`${entry.campaignNo}\u0000${entry.entryNo}`);
  });
  for (const i of interactions)
    if (going.has(`${i.campaignNo}\u0000${i.campaignEntryNo}`)) plan.interactions.push(i.entryNo);
  return plan;
}
