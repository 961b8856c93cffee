/**
 * The workbook's own state, each in a table on a very hidden sheet so that a copy of the file carries it and
 * co-authors' changes merge cell by cell (docs/spec/document-layout.md): segment headers (edited in the pane),
 * number series positions and which campaigns are activated. Captions follow BC where BC has the field.
 */
import type { CampaignActivation, NumberSeries, SegmentHeader } from "../domain";
import type { ColumnDef, SheetSchema } from "./schemaTypes";
import { LINE_COLUMNS } from "./segmentSchemas";

/** The header's columns that its lines have too, captioned and typed as there. */
function segmentColumns(...fields: string[]): ColumnDef[] {
  return fields.map((f) => LINE_COLUMNS.find((c) => c.field === f)).filter((c): c is ColumnDef => c !== undefined);
}

const campaignNoColumn = {
  field: "campaignNo",
  caption: { en: "Campaign No.", da: "Kampagnenr." },
  type: "code",
  maxLength: 20,
  width: 12,
} as const;

export const segmentHeaderSchema: SheetSchema<SegmentHeader> = {
  entity: "segmentHeader",
  version: 1,
  hidden: true,
  sheetName: { en: "CampaignDesk Segments", da: "CampaignDesk Segments" },
  tableName: "CampaignDeskSegments",
  columns: [
    { field: "no", caption: { en: "No.", da: "Nr." }, type: "code", maxLength: 20, width: 12 },
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    ...segmentColumns("campaignNo", "campaignTarget", "campaignResponse", "salespersonCode", "interactionTemplateCode"),
    { field: "unitCost", caption: { en: "Unit Cost (LCY)", da: "Kostpris (RV)" }, type: "number", width: 12 },
    {
      field: "unitDuration",
      caption: { en: "Unit Duration (Min.)", da: "Varighed (min.)" },
      type: "number",
      width: 12,
    },
    { field: "date", caption: { en: "Date", da: "Dato" }, type: "date", width: 12 },
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({
    no: "",
    description: "",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    unitCost: 0,
    unitDuration: 0,
    date: "",
  }),
};

export const numberSeriesSchema: SheetSchema<NumberSeries> = {
  entity: "numberSeries",
  version: 1,
  hidden: true,
  sheetName: { en: "CampaignDesk Number Series", da: "CampaignDesk Number Series" },
  tableName: "CampaignDeskNumberSeries",
  columns: [
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 20, width: 12 },
    { field: "startingNo", caption: { en: "Starting No.", da: "Startnr." }, type: "code", maxLength: 20, width: 12 },
    {
      field: "lastNoUsed",
      caption: { en: "Last No. Used", da: "Sidst anvendte nr." },
      type: "code",
      maxLength: 20,
      width: 12,
    },
    { field: "manualNos", caption: { en: "Manual Nos.", da: "Manuel nummerering" }, type: "boolean", width: 10 },
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", startingNo: "", lastNoUsed: "", manualNos: false }),
};

export const campaignActivationSchema: SheetSchema<CampaignActivation> = {
  entity: "campaignActivation",
  version: 1,
  hidden: true,
  sheetName: { en: "CampaignDesk Activations", da: "CampaignDesk Activations" },
  tableName: "CampaignDeskActivations",
  columns: [campaignNoColumn],
  keyField: "campaignNo",
  keyOf: (r) => r.campaignNo,
  blank: () => ({ campaignNo: "" }),
};
