import type { Campaign, Lang, Salesperson } from "../domain";
import type { CellValue } from "../workbook";
import { resolveHeader } from "./resolveHeader";
import { formatRow, parseRow, recordText } from "./rowCodec";
import { campaignSchema, salespersonSchema } from "./schemas";
import { tableColumns } from "./tableColumns";
import type { ColumnMap, SheetSchema } from "./schemaTypes";

function mapFor<R>(schema: SheetSchema<R>, lang: Lang): ColumnMap {
  const { map } = resolveHeader(
    schema,
    tableColumns(schema, lang).map((c) => c.caption),
    lang,
  );
  if (!map) throw new Error("header did not resolve");
  return map;
}
const CAMPAIGN_MAP = mapFor(campaignSchema, "en");
const SALES_MAP = mapFor(salespersonSchema, "en");

/** Campaign cells in schema order, then Status, Row ID, Row version. */
const campaignCells = (schemaCells: CellValue[], rowId: CellValue = "", version: CellValue = ""): CellValue[] => [
  ...schemaCells,
  "",
  rowId,
  version,
];

describe("parseRow", () => {
  test("codes are trimmed and upper-cased, numbers in code cells become text, dates read in any accepted form", () => {
    const cells = campaignCells([" cp0001 ", "  Spring sale ", 46082, "31-03-2026", 10000, "open", ""], "r1", 3);
    const parsed = parseRow(campaignSchema, cells, CAMPAIGN_MAP, "en");
    expect(parsed.issues).toEqual([]);
    expect(parsed.record).toEqual<Campaign>({
      no: "CP0001",
      description: "Spring sale",
      startingDate: "2026-03-01",
      endingDate: "2026-03-31",
      salespersonCode: "10000",
      statusCode: "OPEN",
      lastDateModified: "",
    });
    expect([parsed.rowId, parsed.rowVersion, parsed.blank]).toEqual(["r1", 3, false]);
  });

  test("a row whose schema cells are all blank is blank with no issues, whatever its system columns hold", () => {
    const cells: CellValue[] = ["", "  ", "", "\u00a0", "", "", "", "old error text", "r9", 4];
    const parsed = parseRow(campaignSchema, cells, CAMPAIGN_MAP, "da");
    expect(parsed.blank).toBe(true);
    expect(parsed.issues).toEqual([]);
    expect(parsed.record).toEqual(campaignSchema.blank());
  });

  test("a short row (trailing cells missing) reads the missing cells as blank", () => {
    const parsed = parseRow(campaignSchema, ["CP1", "x"], CAMPAIGN_MAP, "en");
    expect(parsed.record.no).toBe("CP1");
    expect([parsed.rowId, parsed.rowVersion, parsed.issues]).toEqual(["", 0, []]);
  });

  test.each<[Lang, string]>([
    ["en", "‘31-02-2026’ is not a real date"],
    ["da", "‘31-02-2026’ er ikke en rigtig dato"],
  ])("INVALID_DATE (%s): an issue on the field, the field left blank", (lang, text) => {
    const parsed = parseRow(
      campaignSchema,
      campaignCells(["CP1", "d", "31-02-2026", "", "", "", ""]),
      CAMPAIGN_MAP,
      lang,
    );
    expect(parsed.record.startingDate).toBe("");
    expect(parsed.issues).toEqual([
      {
        row: 0,
        field: "startingDate",
        code: "INVALID_DATE",
        severity: "error",
        params: { value: "31-02-2026" },
        message: expect.stringContaining(text),
      },
    ]);
  });

  test("a bad value in a read-only column is only a warning (the add-in rewrites it)", () => {
    const parsed = parseRow(
      campaignSchema,
      campaignCells(["CP1", "", "", "", "", "", "yesterday"]),
      CAMPAIGN_MAP,
      "en",
    );
    expect(parsed.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["lastDateModified", "INVALID_DATE", "warning"],
    ]);
  });

  test("INVALID_BOOLEAN with the user's text in params and a message saying what to type", () => {
    const parsed = parseRow(salespersonSchema, ["AB", "Anna", "a@x.dk", "maybe", "", "", ""], SALES_MAP, "da");
    expect(parsed.record.blocked).toBe(false);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ field: "blocked", code: "INVALID_BOOLEAN", params: { value: "maybe" } });
    expect(parsed.issues[0]?.message).toContain("Skriv Ja eller Nej");
  });

  test.each<[CellValue, number]>([
    ["", 0],
    [7, 7],
    [" 12 ", 12],
    ["abc", 0],
    [-1, 0],
    [2.5, 0],
  ])("row version %p reads as %p without issues", (cell, version) => {
    const parsed = parseRow(
      campaignSchema,
      campaignCells(["CP1", "", "", "", "", "", ""], "id", cell),
      CAMPAIGN_MAP,
      "en",
    );
    expect(parsed.rowVersion).toBe(version);
    expect(parsed.issues).toEqual([]);
  });

  test("cellText is canonical: the same record typed differently hashes alike; a different bad value does not", () => {
    const a = parseRow(campaignSchema, campaignCells(["cp1", "D", 46082, "", "", "", ""]), CAMPAIGN_MAP, "en");
    const b = parseRow(
      campaignSchema,
      campaignCells([" CP1", "D ", "1. marts 2026", "", "", "", ""]),
      CAMPAIGN_MAP,
      "en",
    );
    expect(a.cellText).toBe(b.cellText);
    expect(a.cellText).toBe(recordText(campaignSchema, a.record));
    const bad1 = parseRow(campaignSchema, campaignCells(["CP1", "D", "soon", "", "", "", ""]), CAMPAIGN_MAP, "en");
    const bad2 = parseRow(campaignSchema, campaignCells(["CP1", "D", "later", "", "", "", ""]), CAMPAIGN_MAP, "en");
    expect(bad1.cellText).not.toBe(bad2.cellText);
    expect(bad1.cellText).not.toBe(recordText(campaignSchema, bad1.record));
  });
});

describe("formatRow", () => {
  test("codes and text as strings, dates as Excel serials or blank, booleans as booleans", () => {
    const c: Campaign = {
      no: "CP1",
      description: '=HYPERLINK("x")',
      startingDate: "2023-03-15",
      endingDate: "",
      salespersonCode: "00123",
      statusCode: "",
      lastDateModified: "2026-03-01",
    };
    expect(formatRow(campaignSchema, c)).toEqual(["CP1", '=HYPERLINK("x")', 45000, "", "00123", "", 46082]);
    const s: Salesperson = { code: "AB", name: "Anna", email: "", blocked: true };
    expect(formatRow(salespersonSchema, s)).toEqual(["AB", "Anna", "", true]);
  });

  test("a malformed stored date is written as its text, so nothing is lost and the next parse reports it", () => {
    const c = { ...campaignSchema.blank(), no: "CP1", startingDate: "2026-02-31" };
    const cells = formatRow(campaignSchema, c);
    expect(cells[2]).toBe("2026-02-31");
    const parsed = parseRow(campaignSchema, campaignCells(cells), CAMPAIGN_MAP, "en");
    expect(parsed.issues.map((i) => i.code)).toEqual(["INVALID_DATE"]);
  });
});
