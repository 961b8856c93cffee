/**
 * Segment lines (BC table 5077): one segment's lines on their own sheet ("Segment SEG0012"), and all
 * segments' lines on the general "Segment Lines" sheet. A line is keyed by (segment no., line no.); the
 * line no. is not a column: the engine numbers new rows and keeps a row's number (`keyIsLineNo`).
 * Contact No. is a text column, not a code column: people paste contact nos., e-mail addresses or names
 * there, which upper-casing would spoil; the engine resolves what was typed to a contact no.
 * Contact Company No. is derived from the contact, so it is read-only (written by the add-in).
 */
import type { SegmentLine } from "../domain";
import { excelSheetName, excelTableName } from "./campaignLineSchemas";
import { KEY_SEPARATOR } from "./itemSchemas";
import type { ColumnDef, OptionDef, SheetSchema } from "./schemaTypes";

/** Evaluation (enum), blank first; the blank option is written as an empty cell. */
export const EVALUATIONS: readonly OptionDef[] = [
  { value: "", caption: { en: "", da: "" } },
  { value: "VeryPositive", caption: { en: "Very Positive", da: "Meget positiv" } },
  { value: "Positive", caption: { en: "Positive", da: "Positiv" } },
  { value: "Neutral", caption: { en: "Neutral", da: "Neutral" } },
  { value: "Negative", caption: { en: "Negative", da: "Negativ" } },
  { value: "VeryNegative", caption: { en: "Very Negative", da: "Meget negativ" } },
];

export const LINE_COLUMNS: readonly ColumnDef[] = [
  { field: "contactNo", caption: { en: "Contact No.", da: "Kontaktnr." }, type: "text", maxLength: 20, width: 14 },
  {
    field: "contactCompanyNo",
    caption: { en: "Contact Company No.", da: "Kontaktvirksomhedsnr." },
    type: "code",
    maxLength: 20,
    readOnly: true,
    width: 14,
  },
  {
    field: "campaignNo",
    caption: { en: "Campaign No.", da: "Kampagnenr." },
    type: "code",
    maxLength: 20,
    width: 12,
    listSource: { entity: "campaign", field: "no" },
  },
  { field: "campaignTarget", caption: { en: "Campaign Target", da: "Kampagnemål" }, type: "boolean", width: 10 },
  {
    field: "campaignResponse",
    caption: { en: "Campaign Response", da: "Kampagnerespons" },
    type: "boolean",
    width: 10,
  },
  {
    field: "salespersonCode",
    caption: { en: "Salesperson Code", da: "Sælgerkode" },
    type: "code",
    maxLength: 20,
    width: 14,
    listSource: { entity: "salesperson", field: "code" },
  },
  {
    field: "interactionTemplateCode",
    caption: { en: "Interaction Template Code", da: "Interaktionsskabelonkode" },
    type: "code",
    maxLength: 10,
    width: 14,
    listSource: { entity: "interactionTemplate", field: "code" },
  },
  { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
  { field: "cost", caption: { en: "Cost (LCY)", da: "Omkostning (RV)" }, type: "number", width: 12 },
  { field: "duration", caption: { en: "Duration (Min.)", da: "Varighed (min.)" }, type: "number", width: 12 },
  { field: "date", caption: { en: "Date", da: "Dato" }, type: "date", width: 12 },
  {
    field: "evaluation",
    caption: { en: "Evaluation", da: "Evaluering" },
    type: "option",
    options: EVALUATIONS,
    width: 14,
  },
  { field: "attemptFailed", caption: { en: "Attempt Failed", da: "Forsøg mislykket" }, type: "boolean", width: 10 },
];

const blankLine = (): SegmentLine => ({
  segmentNo: "",
  lineNo: 0, // numbered by the engine
  contactNo: "",
  contactCompanyNo: "",
  campaignNo: "",
  campaignTarget: false,
  campaignResponse: false,
  salespersonCode: "",
  interactionTemplateCode: "",
  description: "",
  cost: 0,
  duration: 0,
  date: "",
  evaluation: "",
  attemptFailed: false,
});

/** The general sheet of all segments' lines: a Segment No. column, then the line columns. */
export const allSegmentLinesSchema: SheetSchema<SegmentLine> = {
  entity: "segmentLine",
  version: 1,
  sheetName: { en: "Segment Lines", da: "Segmentlinjer" },
  tableName: "SegmentLineTable",
  columns: [
    { field: "segmentNo", caption: { en: "Segment No.", da: "Segmentnr." }, type: "code", maxLength: 20, width: 12 },
    ...LINE_COLUMNS,
  ],
  keyField: "lineNo",
  keyIsLineNo: true,
  keyOf: (r) => r.segmentNo + KEY_SEPARATOR + r.lineNo,
  blank: blankLine,
};

const scopedSchemas = new Map<string, SheetSchema<SegmentLine>>();

/**
 * The sheet of one segment's lines: "Segment SEG0012" in both languages, table "Segment_SEG0012" (names made
 * valid for Excel as the campaign sheets' are). No Segment No. column: every row is the segment's (`fixed`).
 */
export function segmentLineSchema(segmentNo: string): SheetSchema<SegmentLine> {
  const no = segmentNo.trim().toUpperCase();
  let schema = scopedSchemas.get(no);
  if (!schema) {
    const fixed: Partial<SegmentLine> = { segmentNo: no };
    schema = {
      ...allSegmentLinesSchema,
      sheetName: { en: excelSheetName("Segment", no), da: excelSheetName("Segment", no) },
      tableName: excelTableName("Segment", no),
      columns: LINE_COLUMNS,
      fixed,
      blank: () => ({ ...blankLine(), ...fixed }),
    };
    scopedSchemas.set(no, schema);
  }
  return schema;
}
