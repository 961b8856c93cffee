import { aCampaignEntry, aLoggedSegment, anInteraction } from "../../test/builders/interactions";
import {
  campaignEntryDeleteIssue,
  interactionCancelIssue,
  planCampaignEntryDeletes,
  setCampaignEntryCanceled,
  setLoggedSegmentCanceled,
} from "./campaignEntryActions";

// Entry 1 (CP1, logged segment 1) has interactions 1 and 2; entry 2 (CP2) has 3; interaction 4 is CP1's entry 2
// (another campaign's number: not entry 1's).
const entries = [
  aCampaignEntry({ entryNo: 1, registerNo: 1 }),
  aCampaignEntry({ entryNo: 2, campaignNo: "CP2", registerNo: 1 }),
];
const interactions = [
  anInteraction({ entryNo: 1, campaignEntryNo: 1, loggedSegmentEntryNo: 1 }),
  anInteraction({ entryNo: 2, campaignEntryNo: 1, loggedSegmentEntryNo: 1, canceled: true }),
  anInteraction({ entryNo: 3, campaignNo: "CP2", campaignEntryNo: 2, loggedSegmentEntryNo: 1 }),
  anInteraction({ entryNo: 4, campaignNo: "CP1", campaignEntryNo: 2 }),
];

describe("[§6][IR4] canceling cascades down", () => {
  test("canceling a campaign entry cancels all its interactions, and only its own", () => {
    const changes = setCampaignEntryCanceled(entries[0]!, true, interactions);
    expect(changes.campaignEntries).toEqual([{ ...entries[0], canceled: true }]);
    expect(changes.interactions.map((i) => [i.entryNo, i.canceled])).toEqual([[1, true]]);
  });

  test("un-canceling a campaign entry un-cancels its interactions", () => {
    const changes = setCampaignEntryCanceled({ ...entries[0]!, canceled: true }, false, interactions);
    expect(changes.campaignEntries.map((e) => e.canceled)).toEqual([false]);
    expect(changes.interactions.map((i) => [i.entryNo, i.canceled])).toEqual([[2, false]]);
  });

  test("canceling a logged segment cancels its campaign entries and its interactions", () => {
    const changes = setLoggedSegmentCanceled(aLoggedSegment({ entryNo: 1 }), true, entries, interactions);
    expect(changes.loggedSegments.map((l) => l.canceled)).toEqual([true]);
    expect(changes.campaignEntries.map((e) => e.entryNo)).toEqual([1, 2]);
    expect(changes.interactions.map((i) => i.entryNo)).toEqual([1, 3]);
  });
});

describe("[§6][IR5] un-canceling an interaction", () => {
  const byNo = <R extends { entryNo: number }>(rows: R[]) => new Map(rows.map((r) => [r.entryNo, r]));
  const canceled = anInteraction({ entryNo: 7, campaignEntryNo: 1, loggedSegmentEntryNo: 1, canceled: true });

  test("is refused while its campaign entry is canceled", () => {
    const issue = interactionCancelIssue(
      canceled,
      false,
      byNo([aCampaignEntry({ entryNo: 1, canceled: true })]),
      byNo([aLoggedSegment()]),
      "en",
    );
    expect(issue?.code).toBe("UNCANCEL_ENTRY_CANCELED");
    expect(issue?.field).toBe("canceled");
  });

  test("is refused while its logged segment is canceled", () => {
    const issue = interactionCancelIssue(
      canceled,
      false,
      byNo([aCampaignEntry({ entryNo: 1 })]),
      byNo([aLoggedSegment({ canceled: true })]),
      "da",
    );
    expect(issue?.code).toBe("UNCANCEL_LOGGED_SEGMENT_CANCELED");
    expect(issue?.message).toContain("Genopret det loggede segment");
  });

  test("is allowed when both are not canceled; canceling is always allowed", () => {
    const open = byNo([aCampaignEntry({ entryNo: 1 })]);
    expect(interactionCancelIssue(canceled, false, open, byNo([aLoggedSegment()]), "en")).toBeNull();
    const closed = byNo([aCampaignEntry({ entryNo: 1, canceled: true })]);
    expect(interactionCancelIssue({ ...canceled, canceled: false }, true, closed, new Map(), "en")).toBeNull();
  });
});

describe("[§6][IR6] only canceled campaign entries can be deleted", () => {
  test("an uncanceled entry is refused with CAMPAIGN_ENTRY_NOT_CANCELED; a canceled one is not", () => {
    expect(campaignEntryDeleteIssue(aCampaignEntry({ entryNo: 3 }), "en")?.code).toBe("CAMPAIGN_ENTRY_NOT_CANCELED");
    expect(campaignEntryDeleteIssue(aCampaignEntry({ canceled: true }), "en")).toBeNull();
  });

  test("deleting entries deletes the canceled ones with their interactions and refuses the others", () => {
    const plan = planCampaignEntryDeletes([{ ...entries[0]!, canceled: true }, entries[1]!], interactions, "en");
    expect(plan.entries).toEqual([1]);
    expect(plan.interactions).toEqual([1, 2]);
    expect(plan.issues.map((i) => [i.row, i.code])).toEqual([[1, "CAMPAIGN_ENTRY_NOT_CANCELED"]]);
  });
});
