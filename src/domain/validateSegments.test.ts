import type { SegmentRefs } from "./segmentRefs";
import type { Issue, SegmentHeader, SegmentLine } from "./records";
import { validateSegmentHeaders, validateSegmentLines } from "./validateSegments";

const refs: Pick<SegmentRefs, "contacts" | "campaigns" | "salespeople" | "interactionTemplates"> = {
  contacts: new Map([
    ["CO1", { type: "Company" }],
    ["PE1", { type: "Person" }],
    ["PE2", { type: "Person" }],
  ]),
  campaigns: new Set(["CP0001"]),
  salespeople: new Map([
    ["SP1", { blocked: false }],
    ["SP2", { blocked: true }],
  ]),
  interactionTemplates: new Set(["MAIL"]),
};

const aHeader = (overrides: Partial<SegmentHeader> = {}): SegmentHeader => ({
  no: "SEG01",
  description: "Spring mailing",
  campaignNo: "CP0001",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "SP1",
  interactionTemplateCode: "MAIL",
  unitCost: 2,
  unitDuration: 5,
  date: "2026-03-01",
  ...overrides,
});
let nextLine = 10000;
const aLine = (overrides: Partial<SegmentLine> = {}): SegmentLine => ({
  segmentNo: "SEG01",
  lineNo: (nextLine += 10000),
  contactNo: "PE1",
  contactCompanyNo: "CO1",
  campaignNo: "CP0001",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "SP1",
  interactionTemplateCode: "MAIL",
  description: "Spring mailing",
  cost: 2,
  duration: 5,
  date: "2026-03-01",
  evaluation: "",
  attemptFailed: false,
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code, i.severity]);

describe("[§4] segment headers", () => {
  test("well-formed headers have no issues; everything but the no. may be blank", () => {
    const blank = aHeader({
      no: "SEG02",
      description: "",
      campaignNo: "",
      campaignTarget: false,
      salespersonCode: "",
      interactionTemplateCode: "",
      unitCost: 0,
      unitDuration: 0,
      date: "",
    });
    expect(validateSegmentHeaders([aHeader(), blank], refs, "en")).toEqual([]);
  });

  test("no. required (Code20) and unique; description Text100", () => {
    const rows = [
      aHeader({ no: "" }),
      aHeader({ no: "S".repeat(21) }),
      aHeader({ description: "d".repeat(101) }),
      aHeader({ no: "seg01" }),
    ];
    expect(brief(validateSegmentHeaders(rows, refs, "en"))).toEqual([
      [0, "no", "KEY_REQUIRED", "error"],
      [1, "no", "CODE_TOO_LONG", "error"],
      [2, "description", "TEXT_TOO_LONG", "error"],
      [2, "no", "DUPLICATE_KEY", "error"],
      [3, "no", "DUPLICATE_KEY", "error"],
    ]);
  });

  test("UNKNOWN_CAMPAIGN, UNKNOWN_SALESPERSON, SALESPERSON_BLOCKED, UNKNOWN_INTERACTION_TEMPLATE", () => {
    const rows = [
      aHeader({ no: "A", campaignNo: "CP9", salespersonCode: "SP9", interactionTemplateCode: "FAX" }),
      aHeader({ no: "B", salespersonCode: "SP2" }),
    ];
    expect(brief(validateSegmentHeaders(rows, refs, "en"))).toEqual([
      [0, "campaignNo", "UNKNOWN_CAMPAIGN", "error"],
      [0, "salespersonCode", "UNKNOWN_SALESPERSON", "error"],
      [0, "interactionTemplateCode", "UNKNOWN_INTERACTION_TEMPLATE", "error"],
      [1, "salespersonCode", "SALESPERSON_BLOCKED", "error"],
    ]);
  });

  test("SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN: target and response need a campaign", () => {
    const rows = [aHeader({ campaignNo: " ", campaignTarget: true, campaignResponse: true })];
    expect(brief(validateSegmentHeaders(rows, refs, "en"))).toEqual([
      [0, "campaignTarget", "SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN", "error"],
      [0, "campaignResponse", "SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN", "error"],
    ]);
  });

  test("NEGATIVE_AMOUNT, NEGATIVE_DURATION and INVALID_DATE", () => {
    const rows = [aHeader({ unitCost: -0.5, unitDuration: -1, date: "2026-02-30" })];
    expect(brief(validateSegmentHeaders(rows, refs, "en"))).toEqual([
      [0, "unitCost", "NEGATIVE_AMOUNT", "error"],
      [0, "unitDuration", "NEGATIVE_DURATION", "error"],
      [0, "date", "INVALID_DATE", "error"],
    ]);
  });
});

describe("[§4] segment lines", () => {
  test("well-formed lines have no issues; optional references may be blank", () => {
    const rows = [
      aLine(),
      aLine({ contactNo: "pe2", campaignNo: "", salespersonCode: "", interactionTemplateCode: "", date: "", cost: 0 }),
      aLine({ contactNo: "CO1", evaluation: "VeryPositive", attemptFailed: true }),
    ];
    expect(validateSegmentLines(rows, refs, "en")).toEqual([]);
  });

  test("UNKNOWN_CONTACT, and the contact is required", () => {
    const rows = [aLine({ contactNo: "PE404" }), aLine({ contactNo: "" })];
    expect(brief(validateSegmentLines(rows, refs, "en"))).toEqual([
      [0, "contactNo", "UNKNOWN_CONTACT", "error"],
      [1, "contactNo", "KEY_REQUIRED", "error"],
    ]);
  });

  test("DUPLICATE_KEY: (segmentNo, lineNo) unique; the same line no. in another segment is fine", () => {
    const rows = [
      aLine({ lineNo: 10000 }),
      aLine({ lineNo: 10000, segmentNo: "SEG02" }),
      aLine({ lineNo: 10000, contactNo: "PE2", segmentNo: "seg01" }),
    ];
    const issues = validateSegmentLines(rows, refs, "en");
    expect(brief(issues)).toEqual([
      [0, "lineNo", "DUPLICATE_KEY", "error"],
      [2, "lineNo", "DUPLICATE_KEY", "error"],
    ]);
    expect(issues[0]?.params).toMatchObject({ key: "SEG01 / 10000" });
  });

  test("segment no. required, line no. a number", () => {
    const rows = [aLine({ segmentNo: "" }), aLine({ lineNo: Number.NaN })];
    expect(brief(validateSegmentLines(rows, refs, "en"))).toEqual([
      [0, "segmentNo", "KEY_REQUIRED", "error"],
      [1, "lineNo", "INVALID_NUMBER", "error"],
    ]);
  });

  test("references exist when set; a blocked salesperson is refused", () => {
    const rows = [aLine({ campaignNo: "CP9", salespersonCode: "SP2", interactionTemplateCode: "FAX" })];
    expect(brief(validateSegmentLines(rows, refs, "en"))).toEqual([
      [0, "campaignNo", "UNKNOWN_CAMPAIGN", "error"],
      [0, "salespersonCode", "SALESPERSON_BLOCKED", "error"],
      [0, "interactionTemplateCode", "UNKNOWN_INTERACTION_TEMPLATE", "error"],
    ]);
  });

  test("cost and duration ≥ 0, date real, description Text100, evaluation an option", () => {
    const rows = [
      aLine({
        cost: -1,
        duration: -2,
        date: "01-03-2026",
        description: "d".repeat(101),
        evaluation: "Great" as SegmentLine["evaluation"],
      }),
    ];
    expect(brief(validateSegmentLines(rows, refs, "en"))).toEqual([
      [0, "description", "TEXT_TOO_LONG", "error"],
      [0, "cost", "NEGATIVE_AMOUNT", "error"],
      [0, "duration", "NEGATIVE_DURATION", "error"],
      [0, "date", "INVALID_DATE", "error"],
      [0, "evaluation", "INVALID_OPTION", "error"],
    ]);
  });

  test("DUPLICATE_SEGMENT_CONTACT: the same contact twice in one segment warns on both rows only", () => {
    const rows = [aLine(), aLine({ contactNo: "PE2" }), aLine({ contactNo: " pe1" }), aLine({ segmentNo: "SEG02" })];
    const issues = validateSegmentLines(rows, refs, "en");
    expect(brief(issues)).toEqual([
      [0, "contactNo", "DUPLICATE_SEGMENT_CONTACT", "warning"],
      [2, "contactNo", "DUPLICATE_SEGMENT_CONTACT", "warning"],
    ]);
    expect(issues[0]?.params).toEqual({ contact: "PE1", segment: "SEG01", otherRow: 2 });
  });
});
