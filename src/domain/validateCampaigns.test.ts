import type { Campaign, Issue } from "./records";
import { validateCampaigns, type CampaignRefs } from "./validateCampaigns";

let counter = 0;
function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  counter += 1;
  return {
    no: `CP${String(counter).padStart(4, "0")}`,
    description: "Spring fair",
    startingDate: "2026-04-01",
    endingDate: "2026-05-01",
    salespersonCode: "ANNA",
    statusCode: "PLANNED",
    lastDateModified: "2026-03-01",
    ...overrides,
  };
}

const refs: CampaignRefs = {
  statusCodes: new Set(["PLANNED", "DONE"]),
  salespeople: new Map([
    ["ANNA", { blocked: false }],
    ["BO", { blocked: true }],
  ]),
};

const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code, i.severity]);

test("a well-formed batch has no issues", () => {
  expect(validateCampaigns([aCampaign(), aCampaign({ salespersonCode: "", statusCode: "" })], refs, "en")).toEqual([]);
});

describe("[§2] required key, lengths, characters", () => {
  test("KEY_REQUIRED: a blank no. is an error on field no", () => {
    expect(brief(validateCampaigns([aCampaign({ no: "  " })], refs, "en"))).toEqual([
      [0, "no", "KEY_REQUIRED", "error"],
    ]);
  });

  test("CODE_TOO_LONG: no. longer than Code20 reports field, max and length", () => {
    const [issue] = validateCampaigns([aCampaign({ no: "X".repeat(21) })], refs, "en");
    expect(issue).toMatchObject({ field: "no", code: "CODE_TOO_LONG", params: { field: "no", max: 20, length: 21 } });
    expect(validateCampaigns([aCampaign({ no: "X".repeat(20) })], refs, "en")).toEqual([]);
  });

  test("CODE_INVALID_CHARS: a code with a line break inside is rejected", () => {
    expect(brief(validateCampaigns([aCampaign({ no: "CP\n01" })], refs, "en"))).toEqual([
      [0, "no", "CODE_INVALID_CHARS", "error"],
    ]);
  });

  test("TEXT_TOO_LONG: description over Text100; an emoji counts as one character", () => {
    const [issue] = validateCampaigns([aCampaign({ description: "d".repeat(101) })], refs, "en");
    expect(issue).toMatchObject({ field: "description", code: "TEXT_TOO_LONG", params: { max: 100, length: 101 } });
    expect(validateCampaigns([aCampaign({ description: "😀".repeat(100) })], refs, "en")).toEqual([]);
  });
});

describe("[§2] keys are unique in the batch", () => {
  test("DUPLICATE_KEY marks both rows, each naming the other", () => {
    const rows = [aCampaign({ no: "CP1" }), aCampaign(), aCampaign({ no: "cp1 " })];
    const issues = validateCampaigns(rows, refs, "en");
    expect(issues.map((i) => [i.row, i.code, i.params["key"], i.params["otherRow"]])).toEqual([
      [0, "DUPLICATE_KEY", "CP1", 2],
      [2, "DUPLICATE_KEY", "CP1", 0],
    ]);
  });

  test("DUPLICATE_KEY marks all rows when a key occurs three times", () => {
    const rows = [aCampaign({ no: "A" }), aCampaign({ no: "A" }), aCampaign({ no: "A" })];
    const issues = validateCampaigns(rows, refs, "en");
    expect(issues.map((i) => [i.row, i.params["otherRow"]])).toEqual([
      [0, 1],
      [1, 0],
      [2, 0],
    ]);
  });

  test("blank keys are reported as missing, not as duplicates", () => {
    const issues = validateCampaigns([aCampaign({ no: "" }), aCampaign({ no: "" })], refs, "en");
    expect(issues.map((i) => i.code)).toEqual(["KEY_REQUIRED", "KEY_REQUIRED"]);
  });
});

describe("[§3] campaign dates", () => {
  test("CAMPAIGN_DATES_ORDER: starting after ending is an error on endingDate with both dates", () => {
    const issues = validateCampaigns([aCampaign({ startingDate: "2026-05-01", endingDate: "2026-04-01" })], refs, "da");
    expect(brief(issues)).toEqual([[0, "endingDate", "CAMPAIGN_DATES_ORDER", "error"]]);
    expect(issues[0]?.message).toContain("Startdatoen 01-05-2026 ligger efter slutdatoen 01-04-2026");
  });

  test("equal dates and blank (open-ended) dates are accepted", () => {
    const rows = [
      aCampaign({ startingDate: "2026-04-01", endingDate: "2026-04-01" }),
      aCampaign({ startingDate: "2026-04-01", endingDate: "" }),
      aCampaign({ startingDate: "", endingDate: "2020-01-01" }),
      aCampaign({ lastDateModified: "" }),
    ];
    expect(validateCampaigns(rows, refs, "en")).toEqual([]);
  });

  test("INVALID_DATE: each date field must be a real calendar date or blank", () => {
    const issues = validateCampaigns(
      [aCampaign({ startingDate: "2026-02-29", endingDate: "01-05-2026", lastDateModified: "yesterday" })],
      refs,
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "startingDate", "INVALID_DATE", "error"],
      [0, "endingDate", "INVALID_DATE", "error"],
      [0, "lastDateModified", "INVALID_DATE", "error"],
    ]);
  });
});

describe("[§2] references resolve", () => {
  test("UNKNOWN_STATUS: a status code that does not exist (compared after normalising)", () => {
    expect(validateCampaigns([aCampaign({ statusCode: " done " })], refs, "en")).toEqual([]);
    const [issue] = validateCampaigns([aCampaign({ statusCode: "LOST" })], refs, "en");
    expect(issue).toMatchObject({ field: "statusCode", code: "UNKNOWN_STATUS", params: { code: "LOST" } });
  });

  test("a status code longer than Code10 is CODE_TOO_LONG, not also unknown", () => {
    expect(brief(validateCampaigns([aCampaign({ statusCode: "S".repeat(11) })], refs, "en"))).toEqual([
      [0, "statusCode", "CODE_TOO_LONG", "error"],
    ]);
  });

  test("UNKNOWN_SALESPERSON and SALESPERSON_BLOCKED", () => {
    const issues = validateCampaigns(
      [aCampaign({ salespersonCode: "EVE" }), aCampaign({ salespersonCode: "bo" })],
      refs,
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "salespersonCode", "UNKNOWN_SALESPERSON", "error"],
      [1, "salespersonCode", "SALESPERSON_BLOCKED", "error"],
    ]);
  });
});

test("issues come back ordered by row, and a stray non-string value does not throw", () => {
  const odd = { ...aCampaign(), description: 42 as unknown as string, statusCode: null as unknown as string };
  const rows = [aCampaign({ statusCode: "X" }), odd, aCampaign({ no: "" })];
  const issues = validateCampaigns(rows, refs, "en");
  expect(issues.map((i) => i.row)).toEqual([0, 2]);
});
