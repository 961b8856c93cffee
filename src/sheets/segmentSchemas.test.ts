import type { Lang, SegmentLine } from "../domain";
import type { CellValue } from "../workbook";
import { excelSheetName, excelTableName } from "./campaignLineSchemas";
import { resolveHeader } from "./resolveHeader";
import { formatRow, parseRow } from "./rowCodec";
import { allSegmentLinesSchema, segmentLineSchema } from "./segmentSchemas";
import { tableColumns } from "./tableColumns";
import type { SheetSchema } from "./schemaTypes";

/** Parses one row given as field → cell, through a header in `lang`. */
function parseFields(schema: SheetSchema<SegmentLine>, cells: Record<string, CellValue>, lang: Lang = "en") {
  const header = tableColumns(schema, lang).map((c) => c.caption);
  const { map } = resolveHeader(schema, header, lang);
  if (!map) throw new Error("header did not resolve");
  const row: CellValue[] = header.map(() => "");
  for (const [field, value] of Object.entries(cells)) row[map.fields.get(field) ?? -1] = value;
  return parseRow(schema, row, map, lang);
}

describe("one segment's lines sheet", () => {
  test("names: Segment SEG0012 in both languages, table Segment_SEG0012", () => {
    const schema = segmentLineSchema("SEG0012");
    expect([schema.sheetName, schema.tableName]).toEqual([
      { en: "Segment SEG0012", da: "Segment SEG0012" },
      "Segment_SEG0012",
    ]);
  });

  test("a segment no. Excel refuses in names is made valid like a campaign's", () => {
    const schema = segmentLineSchema("SEG/12");
    expect(schema.tableName).toBe(excelTableName("Segment", "SEG/12"));
    expect(schema.sheetName.en).toBe(excelSheetName("Segment", "SEG/12"));
    expect(schema.tableName).not.toBe(segmentLineSchema("SEG_12").tableName);
  });

  test("no Segment No. column: every row is the segment's (fixed), and the no. is trimmed and upper-cased", () => {
    const schema = segmentLineSchema(" seg0012 ");
    expect(schema).toBe(segmentLineSchema("SEG0012"));
    expect(schema.fixed).toEqual({ segmentNo: "SEG0012" });
    expect(schema.columns.map((c) => c.field)).toEqual(
      allSegmentLinesSchema.columns.map((c) => c.field).filter((f) => f !== "segmentNo"),
    );
    const parsed = parseFields(schema, { contactNo: "CT000001", description: "Spring mailing" });
    expect(parsed.issues).toEqual([]);
    expect(parsed.record).toMatchObject({ segmentNo: "SEG0012", contactNo: "CT000001", lineNo: 0 });
  });

  test("the line no. is the key but not a column: the engine numbers lines", () => {
    for (const schema of [allSegmentLinesSchema, segmentLineSchema("SEG0012")]) {
      expect([schema.entity, schema.keyField, schema.keyIsLineNo, schema.keyIsRowId]).toEqual([
        "segmentLine",
        "lineNo",
        true,
        undefined,
      ]);
      expect(schema.columns.some((c) => c.field === "lineNo")).toBe(false);
    }
  });

  test("a line is keyed by segment no. and line no. together", () => {
    const key = (segmentNo: string, lineNo: number) =>
      allSegmentLinesSchema.keyOf({ ...allSegmentLinesSchema.blank(), segmentNo, lineNo });
    expect(key("SEG1", 10000)).not.toBe(key("SEG1", 20000));
    expect(key("SEG1", 10000)).not.toBe(key("SEG2", 10000));
    expect(key("SEG1", 10000)).not.toBe(key("SEG11", 0));
    expect(key("SEG1", 10000)).toBe(key("SEG1", 10000));
  });

  test("Contact No. keeps what was pasted as it was (e-mails and names are resolved by the engine), trimmed", () => {
    const schema = segmentLineSchema("SEG0012");
    for (const typed of ["anna@example.com", "Anna Jensen", "ct000123"]) {
      const parsed = parseFields(schema, { contactNo: `  ${typed} ` });
      expect(parsed.issues).toEqual([]);
      expect(parsed.record.contactNo).toBe(typed);
    }
  });

  test("Contact Company No. is read-only (derived from the contact); only it is", () => {
    const schema = segmentLineSchema("SEG0012");
    expect(schema.columns.filter((c) => c.readOnly).map((c) => c.field)).toEqual(["contactCompanyNo"]);
    const parsed = parseFields(schema, { contactNo: "CT1", contactCompanyNo: true, date: "31-02-2026" });
    expect(parsed.issues.map((i) => [i.field, i.severity])).toEqual([["date", "error"]]);
  });

  test("Danish captions as Business Central's; Evaluation reads Danish and English captions", () => {
    const schema = segmentLineSchema("SEG0012");
    expect(schema.columns.map((c) => c.caption.da)).toEqual([
      "Kontaktnr.",
      "Kontaktvirksomhedsnr.",
      "Kampagnenr.",
      "Kampagnemål",
      "Kampagnerespons",
      "Sælgerkode",
      "Interaktionsskabelonkode",
      "Beskrivelse",
      "Omkostning (RV)",
      "Varighed (min.)",
      "Dato",
      "Evaluering",
      "Forsøg mislykket",
    ]);
    expect(allSegmentLinesSchema.columns[0]?.caption).toEqual({ en: "Segment No.", da: "Segmentnr." });
    expect(parseFields(schema, { contactNo: "CT1", evaluation: "Meget positiv" }, "da").record.evaluation).toBe(
      "VeryPositive",
    );
    expect(parseFields(schema, { contactNo: "CT1", evaluation: "very negative" }).record.evaluation).toBe(
      "VeryNegative",
    );
    const bad = parseFields(schema, { contactNo: "CT1", evaluation: "Great" });
    expect(bad.issues.map((i) => i.code)).toEqual(["INVALID_OPTION"]);
  });

  test("a blank evaluation is written as an empty cell and read back as blank", () => {
    const schema = segmentLineSchema("SEG0012");
    const record = { ...schema.blank(), contactNo: "CT1", evaluation: "" as const };
    const cells = formatRow(schema, record, "da");
    expect(cells[schema.columns.findIndex((c) => c.field === "evaluation")]).toBe("");
    const byField = Object.fromEntries(schema.columns.map((c, i) => [c.field, cells[i] ?? ""]));
    expect(parseFields(schema, byField, "da").record).toEqual(record);
  });
});
