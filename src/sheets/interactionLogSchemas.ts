/**
 * What a campaign did (issue 16): the Interactions sheet (Interaction Log Entry, BC table 5065), Campaign Entries
 * (5072) and Logged Segments (5075). Captions follow Business Central's English and Danish ones. The entry no. is the
 * key: blank on a row a sales person types or pastes, numbered from its series when stored (blank() holds "", not 0,
 * so the engine sees a blank key). Columns BC does not let a person change are read-only (the add-in writes them).
 */
import type { CampaignEntry, InteractionLogEntry, LoggedSegment } from "../domain";
import { INFORMATION_FLOWS, INITIATED_BY } from "./interactionSchemas";
import type { ColumnDef, SheetSchema } from "./schemaTypes";
import { EVALUATIONS } from "./segmentSchemas";

/** A blank entry no.: "" until the series numbers the row (the record type says number; the engine sets it). */
const BLANK_NO = "" as unknown as number;

const entryNoColumn: ColumnDef = {
  field: "entryNo",
  caption: { en: "Entry No.", da: "Løbenr." },
  type: "integer",
  width: 10,
};
const code = (field: string, en: string, da: string, maxLength: number, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "code", maxLength, width: 12, ...extra }) as ColumnDef;
const flag = (field: string, en: string, da: string, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "boolean", width: 10, ...extra }) as ColumnDef;
const readOnly = { readOnly: true } as const;

export const interactionLogEntrySchema: SheetSchema<InteractionLogEntry> = {
  entity: "interactionLogEntry",
  version: 1,
  sheetName: { en: "Interactions", da: "Interaktioner" },
  tableName: "InteractionTable",
  columns: [
    entryNoColumn,
    { field: "date", caption: { en: "Date", da: "Dato" }, type: "date", width: 12 },
    code("contactNo", "Contact No.", "Kontaktnr.", 20, { listSource: { entity: "contact", field: "no" } }),
    code("contactCompanyNo", "Contact Company No.", "Kontaktvirksomhedsnr.", 20, readOnly),
    code("interactionTemplateCode", "Interaction Template Code", "Interaktionsskabelonkode", 10, {
      listSource: { entity: "interactionTemplate", field: "code" },
    }),
    code("interactionGroupCode", "Interaction Group Code", "Interaktionsgruppekode", 10, readOnly),
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    code("campaignNo", "Campaign No.", "Kampagnenr.", 20, { listSource: { entity: "campaign", field: "no" } }),
    {
      field: "campaignEntryNo",
      caption: { en: "Campaign Entry No.", da: "Kampagnepostnr." },
      type: "integer",
      readOnly: true,
      width: 10,
    },
    flag("campaignTarget", "Campaign Target", "Kampagnemål"),
    flag("campaignResponse", "Campaign Response", "Kampagnerespons"),
    { field: "cost", caption: { en: "Cost (LCY)", da: "Omkostning (RV)" }, type: "number", width: 12 },
    { field: "duration", caption: { en: "Duration (Min.)", da: "Varighed (min.)" }, type: "number", width: 12 },
    code("salespersonCode", "Salesperson Code", "Sælgerkode", 20, {
      listSource: { entity: "salesperson", field: "code" },
    }),
    {
      field: "evaluation",
      caption: { en: "Evaluation", da: "Evaluering" },
      type: "option",
      options: EVALUATIONS,
      width: 14,
    },
    flag("attemptFailed", "Attempt Failed", "Forsøg mislykket"),
    {
      field: "informationFlow",
      caption: { en: "Information Flow", da: "Informationsretning" },
      type: "option",
      options: INFORMATION_FLOWS,
      width: 12,
    },
    {
      field: "initiatedBy",
      caption: { en: "Initiated By", da: "Initieret af" },
      type: "option",
      options: INITIATED_BY,
      width: 10,
    },
    code("segmentNo", "Segment No.", "Segmentnr.", 20, readOnly),
    {
      field: "loggedSegmentEntryNo",
      caption: { en: "Logged Segment Entry No.", da: "Logget segmentløbenr." },
      type: "integer",
      readOnly: true,
      width: 10,
    },
    flag("canceled", "Canceled", "Annulleret"),
    flag("postponed", "Postponed", "Udskudt"),
    code("opportunityNo", "Opportunity No.", "Salgsmulighedsnr.", 20),
  ],
  keyField: "entryNo",
  keyOf: (r) => String(r.entryNo),
  blank: () => ({
    entryNo: BLANK_NO,
    contactNo: "",
    contactCompanyNo: "",
    date: "",
    description: "",
    interactionTemplateCode: "",
    interactionGroupCode: "",
    cost: 0,
    duration: 0,
    campaignNo: "",
    campaignEntryNo: 0,
    campaignTarget: false,
    campaignResponse: false,
    segmentNo: "",
    loggedSegmentEntryNo: 0,
    salespersonCode: "",
    evaluation: "",
    attemptFailed: false,
    canceled: false,
    postponed: false,
    opportunityNo: "",
    informationFlow: "",
    initiatedBy: "",
  }),
};

export const campaignEntrySchema: SheetSchema<CampaignEntry> = {
  entity: "campaignEntry",
  version: 1,
  sheetName: { en: "Campaign Entries", da: "Kampagneposter" },
  tableName: "CampaignEntryTable",
  columns: [
    entryNoColumn,
    code("campaignNo", "Campaign No.", "Kampagnenr.", 20, readOnly),
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    { field: "date", caption: { en: "Date", da: "Dato" }, type: "date", readOnly: true, width: 12 },
    { field: "userId", caption: { en: "User ID", da: "Bruger-id" }, type: "text", readOnly: true, width: 14 },
    code("segmentNo", "Segment No.", "Segmentnr.", 20, readOnly),
    code("salespersonCode", "Salesperson Code", "Sælgerkode", 20, readOnly),
    {
      field: "registerNo",
      caption: { en: "Register No.", da: "Journalnr." },
      type: "integer",
      readOnly: true,
      width: 10,
    },
    flag("canceled", "Canceled", "Annulleret"),
  ],
  keyField: "entryNo",
  keyOf: (r) => String(r.entryNo),
  blank: () => ({
    entryNo: BLANK_NO,
    campaignNo: "",
    description: "",
    date: "",
    userId: "",
    segmentNo: "",
    salespersonCode: "",
    registerNo: 0,
    canceled: false,
  }),
};

export const loggedSegmentSchema: SheetSchema<LoggedSegment> = {
  entity: "loggedSegment",
  version: 1,
  sheetName: { en: "Logged Segments", da: "Loggede segmenter" },
  tableName: "LoggedSegmentTable",
  columns: [
    entryNoColumn,
    code("segmentNo", "Segment No.", "Segmentnr.", 20, readOnly),
    {
      field: "description",
      caption: { en: "Description", da: "Beskrivelse" },
      type: "text",
      readOnly: true,
      width: 40,
    },
    {
      field: "creationDate",
      caption: { en: "Creation Date", da: "Oprettelsesdato" },
      type: "date",
      readOnly: true,
      width: 12,
    },
    { field: "userId", caption: { en: "User ID", da: "Bruger-id" }, type: "text", readOnly: true, width: 14 },
    flag("canceled", "Canceled", "Annulleret"),
  ],
  keyField: "entryNo",
  keyOf: (r) => String(r.entryNo),
  blank: () => ({ entryNo: BLANK_NO, segmentNo: "", description: "", creationDate: "", userId: "", canceled: false }),
};
