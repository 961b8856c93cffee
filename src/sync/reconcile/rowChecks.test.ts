/**
 * Steps 3–4 of planRows as plain data: which keys the number series numbers or refuses, and how the domain's
 * issues land on the rows (one issue per bad field, no "key missing" on a row about to be numbered).
 */
import type { Campaign, Issue } from "../../domain";
import { emptyReferenceData } from "../../store";
import type { ReferenceData, StoredRow } from "../../store";
import { rulesFor, toStoredRow } from "../entities";
import type { PlanInput } from "./planInput";
import { hasError, keyOf, markAutoNumbers, validateRows } from "./rowChecks";
import type { WorkRow } from "./workRows";
import { campaignRecord, counterIds, mapOf, NOW_ISO, TODAY } from "../../../test/builders/syncRecords";

const rules = rulesFor("campaign");
const seriesOf = (manualNos: boolean): StoredRow<"numberSeries"> => ({
  rowId: "",
  rowVersion: 0,
  rowHash: "",
  code: "CAMPAIGN",
  startingNo: "CP0001",
  lastNoUsed: "",
  manualNos,
});

function inputOf(
  o: { series?: StoredRow<"numberSeries">; refs?: ReferenceData; stored?: StoredRow<"campaign">[] } = {},
): PlanInput<"campaign"> {
  return {
    bindingId: "b1",
    binding: { id: "b1", entity: "campaign", sheetName: "Campaigns", schemaVersion: 1, seen: {} },
    rules,
    schema: rules.schema,
    map: mapOf(rules.schema),
    body: [],
    stored: o.stored ?? [],
    refs: o.refs ?? emptyReferenceData(),
    series: o.series,
    lang: "en",
    today: TODAY,
    nowIso: NOW_ISO,
    newRowId: counterIds(),
    history: new Map(),
    resolutions: new Map(),
    tombstones: new Set(),
  };
}

/** A row read from the sheet (current non-null) unless `current: null` says it was appended. */
function work(record: Campaign, o: Partial<WorkRow<Campaign>> = {}): WorkRow<Campaign> {
  return {
    sheetRow: 0,
    rowId: "",
    record,
    issues: [],
    current: [],
    autoNumber: false,
    fromStore: false,
    sheetVersion: 0,
    sheetBase: "",
    sheetLineage: [],
    ...o,
  };
}

const parseIssue = (field: string, code = "INVALID_DATE"): Issue => ({
  row: 0,
  field,
  code,
  severity: "error",
  params: {},
  message: `cannot read ${field}`,
});

const codes = (row: WorkRow<Campaign> | undefined) => row?.issues.map((i) => [i.field, i.code]);
const stored = (no: string, rowId: string) => toStoredRow("campaign", campaignRecord(no), rowId, 1);
const byId = (rows: StoredRow<"campaign">[]) => new Map(rows.map((r) => [r.rowId, r]));

describe("markAutoNumbers", () => {
  test("without a number series nothing is numbered and nothing is refused", () => {
    const rows = [work(campaignRecord("")), work(campaignRecord("CP5"))];
    markAutoNumbers(inputOf(), rows, new Map());
    expect(rows.map((r) => [r.autoNumber, r.issues.length])).toEqual([
      [false, 0],
      [false, 0],
    ]);
  });

  test("a blank key is marked for the series; typed keys pass when manual numbers are allowed", () => {
    const rows = [work(campaignRecord("")), work(campaignRecord("CP5")), work(campaignRecord(""))];
    markAutoNumbers(inputOf({ series: seriesOf(true) }), rows, new Map());
    expect(rows.map((r) => r.autoNumber)).toEqual([true, false, true]);
    expect(rows.flatMap((r) => r.issues)).toEqual([]);
  });

  test("with manual numbers off, a typed new key is refused on the key field; the blank one is numbered", () => {
    const rows = [work(campaignRecord("")), work(campaignRecord("CP5"))];
    markAutoNumbers(inputOf({ series: seriesOf(false) }), rows, new Map());
    expect(rows.map((r) => r.autoNumber)).toEqual([true, false]);
    expect(codes(rows[0])).toEqual([]);
    expect(rows[1]?.issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [1, "no", "MANUAL_NO_NOT_ALLOWED", "error"],
    ]);
    expect(rows[1]?.issues[0]?.message).toContain("CAMPAIGN");
  });

  test("with manual numbers off, a stored row keeping its key is fine but a renamed one is refused", () => {
    const rows = [work(campaignRecord("CP0001"), { rowId: "r1" }), work(campaignRecord("CP0777"), { rowId: "r2" })];
    markAutoNumbers(inputOf({ series: seriesOf(false) }), rows, byId([stored("CP0001", "r1"), stored("CP0002", "r2")]));
    expect(codes(rows[0])).toEqual([]);
    expect(codes(rows[1])).toEqual([["no", "MANUAL_NO_NOT_ALLOWED"]]);
  });

  test("rows appended from the store are neither numbered nor refused", () => {
    const rows = [work(campaignRecord(""), { current: null }), work(campaignRecord("CP9"), { current: null })];
    markAutoNumbers(inputOf({ series: seriesOf(false) }), rows, new Map());
    expect(rows.map((r) => [r.autoNumber, r.issues.length])).toEqual([
      [false, 0],
      [false, 0],
    ]);
  });
});

describe("validateRows", () => {
  test("a row about to be numbered is not 'missing its key'; a blank key without a series is", () => {
    const numbered = [work(campaignRecord(""), { autoNumber: true })];
    validateRows(inputOf({ series: seriesOf(true) }), numbered);
    expect(codes(numbered[0])).toEqual([]);
    const plain = [work(campaignRecord(""))];
    validateRows(inputOf(), plain);
    expect(codes(plain[0])).toEqual([["no", "KEY_REQUIRED"]]);
  });

  test("a field that failed to parse keeps only its parse issue; the same rule still fires on a clean row", () => {
    const reversed = { startingDate: "2026-05-01", endingDate: "2026-04-01" };
    const rows = [
      work(campaignRecord("CP1", reversed), { issues: [parseIssue("endingDate")] }),
      work(campaignRecord("CP2", reversed)),
    ];
    validateRows(inputOf(), rows);
    expect(codes(rows[0])).toEqual([["endingDate", "INVALID_DATE"]]);
    expect(codes(rows[1])).toEqual([["endingDate", "CAMPAIGN_DATES_ORDER"]]);
  });

  test("a parse issue on one field does not hide the domain's issues on other fields", () => {
    const refs = emptyReferenceData({ statusCodes: new Set(["ACTIVE"]) });
    const rows = [work(campaignRecord("CP1", { statusCode: "NOPE" }), { issues: [parseIssue("startingDate")] })];
    validateRows(inputOf({ refs }), rows);
    expect(codes(rows[0])).toEqual([
      ["startingDate", "INVALID_DATE"],
      ["statusCode", "UNKNOWN_STATUS"],
    ]);
  });

  test("an issue that is not a parse failure does not hide the domain's issue on the same field", () => {
    const manual = { ...parseIssue("no", "MANUAL_NO_NOT_ALLOWED") };
    const rows = [
      work(campaignRecord("CP1"), { issues: [manual] }),
      work(campaignRecord("CP1"), { issues: [{ ...manual, row: 1 }] }),
    ];
    validateRows(inputOf(), rows);
    expect(codes(rows[0])).toEqual([
      ["no", "MANUAL_NO_NOT_ALLOWED"],
      ["no", "DUPLICATE_KEY"],
    ]);
    expect(codes(rows[1])).toEqual([
      ["no", "MANUAL_NO_NOT_ALLOWED"],
      ["no", "DUPLICATE_KEY"],
    ]);
  });

  test("the whole batch is validated together: a typed row and an appended stored row with one key are both flagged", () => {
    const rows = [
      work(campaignRecord("CP1"), { sheetRow: 0, rowId: "new1" }),
      work(campaignRecord("CP2"), { sheetRow: 1, rowId: "new2" }),
      work(campaignRecord("CP1"), { sheetRow: 2, rowId: "r9", current: null, fromStore: true }),
    ];
    validateRows(inputOf(), rows);
    expect(rows.map(codes)).toEqual([[["no", "DUPLICATE_KEY"]], [], [["no", "DUPLICATE_KEY"]]]);
    expect(rows[0]?.issues[0]?.params).toMatchObject({ key: "CP1", otherRow: 2 });
  });

  test("references are checked against the reference data: a blocked salesperson is an error", () => {
    const refs = emptyReferenceData({ salespeople: new Map([["HR", { blocked: true }]]) });
    const rows = [work(campaignRecord("CP1", { salespersonCode: "HR" }))];
    validateRows(inputOf({ refs }), rows);
    expect(rows[0]?.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["salespersonCode", "SALESPERSON_BLOCKED", "error"],
    ]);
    expect(hasError(rows[0]!)).toBe(true);
  });
});

describe("hasError and keyOf", () => {
  test("only errors keep a row out of the store; warnings do not", () => {
    expect(hasError({ issues: [] })).toBe(false);
    expect(hasError({ issues: [{ severity: "warning" }] })).toBe(false);
    expect(hasError({ issues: [{ severity: "warning" }, { severity: "error" }] })).toBe(true);
  });

  test("a key is read as text: numbers become text, a missing key is blank", () => {
    expect(keyOf({ no: "CP1" }, "no")).toBe("CP1");
    expect(keyOf({ lineNo: 20000 }, "lineNo")).toBe("20000");
    expect(keyOf({}, "no")).toBe("");
  });
});
