/** Defaulted builders for logged segments, campaign entries and interactions (issue 16). */
import type { CampaignEntry, InteractionLogEntry, LoggedSegment } from "../../src/domain";

export function anInteraction(overrides: Partial<InteractionLogEntry> = {}): InteractionLogEntry {
  return {
    entryNo: 1,
    contactNo: "CO1",
    contactCompanyNo: "CO1",
    date: "2026-03-01",
    description: "Call",
    interactionTemplateCode: "CALL",
    interactionGroupCode: "PHONE",
    cost: 0,
    duration: 10,
    campaignNo: "CP1",
    campaignEntryNo: 0,
    campaignTarget: false,
    campaignResponse: false,
    segmentNo: "",
    loggedSegmentEntryNo: 0,
    salespersonCode: "SP",
    evaluation: "",
    attemptFailed: false,
    canceled: false,
    postponed: false,
    opportunityNo: "",
    informationFlow: "",
    initiatedBy: "",
    ...overrides,
  };
}

export function aCampaignEntry(overrides: Partial<CampaignEntry> = {}): CampaignEntry {
  return {
    entryNo: 1,
    campaignNo: "CP1",
    description: "Interactions",
    date: "2026-03-01",
    userId: "",
    segmentNo: "",
    salespersonCode: "SP",
    registerNo: 0,
    canceled: false,
    ...overrides,
  };
}

export function aLoggedSegment(overrides: Partial<LoggedSegment> = {}): LoggedSegment {
  return {
    entryNo: 1,
    segmentNo: "SEG01",
    description: "Spring",
    creationDate: "2026-03-01",
    userId: "",
    canceled: false,
    ...overrides,
  };
}
