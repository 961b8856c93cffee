import { takeEntryNos } from "./entryNumbers";
import { logSegment, type LogSegmentInput } from "./logSegment";
import type { CampaignEntry, Contact, InteractionTemplate, SegmentHeader, SegmentLine } from "./records";

const contact = (no: string, companyNo = no): Contact => ({
  no,
  type: companyNo === no ? "Company" : "Person",
  name: no,
  companyNo,
  salespersonCode: "",
  email: "",
  postCode: "",
  city: "",
  countryCode: "",
  territoryCode: "",
  excludeFromSegment: false,
});
const template: InteractionTemplate = {
  code: "MAIL",
  interactionGroupCode: "LETTER",
  description: "Mail",
  unitCost: 2,
  unitDuration: 5,
  informationFlow: "Outbound",
  initiatedBy: "Us",
  campaignNo: "",
  campaignTarget: false,
  campaignResponse: false,
};
const header: SegmentHeader = {
  no: "SEG01",
  description: "Spring mailing",
  campaignNo: "CP1",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "SP",
  interactionTemplateCode: "MAIL",
  unitCost: 2,
  unitDuration: 5,
  date: "2026-03-01",
};
const line = (lineNo: number, contactNo: string, overrides: Partial<SegmentLine> = {}): SegmentLine => ({
  segmentNo: "SEG01",
  lineNo,
  contactNo,
  contactCompanyNo: contactNo.startsWith("PE") ? "CO1" : contactNo,
  campaignNo: "CP1",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "SP",
  interactionTemplateCode: "MAIL",
  description: "Spring mailing",
  cost: 2,
  duration: 5,
  date: "2026-03-01",
  evaluation: "Positive",
  attemptFailed: false,
  ...overrides,
});
const series = (code: string, lastNoUsed = "") => ({ code, startingNo: "1", lastNoUsed, manualNos: false });
const anEntry = (overrides: Partial<CampaignEntry>): CampaignEntry => ({
  entryNo: 1,
  campaignNo: "CP1",
  description: "",
  date: "2026-01-01",
  userId: "",
  segmentNo: "SEG01",
  salespersonCode: "",
  registerNo: 0,
  canceled: false,
  ...overrides,
});

function input(overrides: Partial<LogSegmentInput> = {}): LogSegmentInput {
  return {
    header,
    lines: [line(10000, "CO1"), line(20000, "PE1"), line(30000, "CO2", { campaignNo: "CP2" })],
    contacts: new Map(["CO1", "CO2", "PE1"].map((no) => [no, contact(no, no === "PE1" ? "CO1" : no)])),
    templates: new Map([["MAIL", template]]),
    campaigns: new Set(["CP1", "CP2"]),
    salespeople: new Set(["SP"]),
    loggedSegments: [],
    campaignEntries: [],
    interactionNos: new Set(),
    series: { loggedSegment: series("LS"), campaignEntry: series("CE"), interaction: series("IN", "7") },
    today: "2026-03-05",
    userId: "ANNA",
    ...overrides,
  };
}

function planOf(overrides: Partial<LogSegmentInput> = {}) {
  const result = logSegment(input(overrides), "en");
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
  return result.plan;
}

describe("[§6][IR1] Log Segment", () => {
  test("one logged segment, one campaign entry per campaign on the lines, one interaction per line", () => {
    const plan = planOf();
    expect(plan.loggedSegment).toEqual({
      entryNo: 1,
      segmentNo: "SEG01",
      description: "Spring mailing",
      creationDate: "2026-03-05",
      userId: "ANNA",
      canceled: false,
    });
    expect(plan.campaignEntries.map((e) => [e.entryNo, e.campaignNo, e.registerNo, e.segmentNo])).toEqual([
      [1, "CP1", 1, "SEG01"],
      [2, "CP2", 1, "SEG01"],
    ]);
    expect(plan.campaignEntries[0]?.description).toBe("Spring mailing");
    expect(plan.interactions.map((i) => [i.entryNo, i.contactNo, i.campaignEntryNo])).toEqual([
      [8, "CO1", 1],
      [9, "PE1", 1],
      [10, "CO2", 2],
    ]);
  });

  test("[IR3] each interaction carries the line's values and its template's group, flow and initiated by", () => {
    const [first] = planOf({ lines: [line(10000, "PE1", { attemptFailed: true, cost: 4 })] }).interactions;
    expect(first).toEqual({
      entryNo: 8,
      contactNo: "PE1",
      contactCompanyNo: "CO1",
      date: "2026-03-01",
      description: "Spring mailing",
      interactionTemplateCode: "MAIL",
      interactionGroupCode: "LETTER",
      cost: 4,
      duration: 5,
      campaignNo: "CP1",
      campaignEntryNo: 1,
      campaignTarget: true,
      campaignResponse: false,
      segmentNo: "SEG01",
      loggedSegmentEntryNo: 1,
      salespersonCode: "SP",
      evaluation: "Positive",
      attemptFailed: true,
      canceled: false,
      postponed: false,
      opportunityNo: "",
      informationFlow: "Outbound",
      initiatedBy: "Us",
    });
  });

  test("[IR2] entry nos. count up from their series, skip numbers taken and advance the series", () => {
    const plan = planOf({
      loggedSegments: [
        { entryNo: 1, segmentNo: "OLD", description: "", creationDate: "", userId: "", canceled: false },
      ],
      campaignEntries: [anEntry({ entryNo: 1, segmentNo: "OLD" })],
      interactionNos: new Set([9]),
      series: { loggedSegment: series("LS"), campaignEntry: series("CE"), interaction: series("IN", "7") },
    });
    expect(plan.loggedSegment.entryNo).toBe(2);
    expect(plan.campaignEntries.map((e) => e.entryNo)).toEqual([2, 3]);
    expect(plan.interactions.map((i) => i.entryNo)).toEqual([8, 10, 11]);
    expect(plan.series.interaction.lastNoUsed).toBe("11");
    expect(plan.series.campaignEntry.lastNoUsed).toBe("3");
    expect(plan.series.loggedSegment.lastNoUsed).toBe("2");
  });

  test("[IR2] takeEntryNos starts at the starting no. and never hands out a number twice", () => {
    const first = takeEntryNos(series("X"), 2);
    expect(first.nos).toEqual([1, 2]);
    expect(takeEntryNos(first.series, 2, new Set([3])).nos).toEqual([4, 5]);
  });

  test("an uncanceled entry of the same campaign and segment is reused (bc-reference §3.2)", () => {
    const plan = planOf({
      campaignEntries: [anEntry({ entryNo: 5, campaignNo: "CP1" })],
      series: { loggedSegment: series("LS"), campaignEntry: series("CE", "5"), interaction: series("IN", "7") },
    });
    expect(plan.campaignEntries.map((e) => e.campaignNo)).toEqual(["CP2"]);
    expect(plan.interactions.map((i) => i.campaignEntryNo)).toEqual([5, 5, 6]);
  });

  test("a canceled entry is never reused (§6 deviation)", () => {
    const plan = planOf({
      campaignEntries: [anEntry({ entryNo: 5, campaignNo: "CP1", canceled: true })],
      series: { loggedSegment: series("LS"), campaignEntry: series("CE", "5"), interaction: series("IN", "7") },
    });
    expect(plan.campaignEntries.map((e) => [e.entryNo, e.campaignNo])).toEqual([
      [6, "CP1"],
      [7, "CP2"],
    ]);
    expect(plan.interactions[0]?.campaignEntryNo).toBe(6);
    expect(plan.campaignEntries.some((e) => e.entryNo === 5)).toBe(false);
  });

  test("lines without a campaign get no campaign entry; lines without a contact are not logged", () => {
    const plan = planOf({ lines: [line(10000, "CO1", { campaignNo: "" }), line(20000, "")] });
    expect(plan.campaignEntries).toEqual([]);
    expect(plan.interactions.map((i) => [i.contactNo, i.campaignEntryNo])).toEqual([["CO1", 0]]);
  });

  test.each([
    ["no description", { header: { ...header, description: " " } }, "LOG_SEGMENT_NO_DESCRIPTION"],
    ["no line with a contact", { lines: [line(10000, "")] }, "LOG_SEGMENT_EMPTY"],
    [
      "already logged",
      {
        loggedSegments: [
          { entryNo: 4, segmentNo: "SEG01", description: "", creationDate: "", userId: "", canceled: true },
        ],
      },
      "LOG_SEGMENT_ALREADY_LOGGED",
    ],
    ["a line without a date", { lines: [line(10000, "CO1", { date: "" })] }, "LOG_LINE_NO_DATE"],
    [
      "a line without a salesperson",
      { lines: [line(10000, "CO1", { salespersonCode: "" })] },
      "LOG_LINE_NO_SALESPERSON",
    ],
    [
      "a line without a template",
      { lines: [line(10000, "CO1", { interactionTemplateCode: "" })] },
      "LOG_LINE_NO_TEMPLATE",
    ],
    ["an unknown contact", { lines: [line(10000, "CO9")] }, "LOG_LINE_UNKNOWN"],
    ["an unknown campaign", { lines: [line(10000, "CO1", { campaignNo: "CP9" })] }, "LOG_LINE_UNKNOWN"],
  ])("refused with %s, nothing logged", (_name, overrides, code) => {
    const result = logSegment(input(overrides as Partial<LogSegmentInput>), "en");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  test("a follow-up segment has the same campaign, BC's description and each logged contact once", () => {
    const plan = planOf({ followUpNo: "SEG02", lines: [line(10000, "CO1"), line(20000, "CO1"), line(30000, "PE1")] });
    expect(plan.followUp?.header).toMatchObject({
      no: "SEG02",
      description: "Follow-up on segment SEG01",
      campaignNo: "CP1",
      date: "2026-03-05",
    });
    expect(plan.followUp?.lines.map((l) => [l.segmentNo, l.lineNo, l.contactNo, l.contactCompanyNo])).toEqual([
      ["SEG02", 10000, "CO1", "CO1"],
      ["SEG02", 20000, "PE1", "CO1"],
    ]);
    expect(planOf().followUp).toBeUndefined();
  });

  test("50,000 lines are logged in one pass", () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => line((i + 1) * 10000, "CO1"));
    const plan = planOf({ lines });
    expect(plan.interactions).toHaveLength(50_000);
    expect(plan.campaignEntries).toHaveLength(1);
    expect(plan.interactions[49_999]?.entryNo).toBe(50_007);
  });
});
