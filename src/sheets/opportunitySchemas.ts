/**
 * What a campaign earned (issue 17): the Sales Cycles (BC table 5090) and Sales Cycle Stages (5091) setup sheets, the
 * Opportunities sheet (5092) and the read-only Opportunity Entries sheet (5093). Captions follow Business Central's
 * English and Danish ones. On an opportunity the person edits Current Stage, Estimated Value, Chances of Success and
 * Status to move it (OP11); what a move derives is read-only.
 */
import type { Opportunity, OpportunityEntry, SalesCycle, SalesCycleStage } from "../domain";
import { KEY_SEPARATOR } from "./itemSchemas";
import type { ColumnDef, OptionDef, SheetSchema } from "./schemaTypes";

/** A blank entry no.: "" (the record type says number; the engine numbers entries). */
const BLANK_NO = "" as unknown as number;

const code = (field: string, en: string, da: string, maxLength: number, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "code", maxLength, width: 12, ...extra }) as ColumnDef;
const num = (field: string, en: string, da: string, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "number", width: 12, ...extra }) as ColumnDef;
const readOnly = { readOnly: true } as const;
const description: ColumnDef = {
  field: "description",
  caption: { en: "Description", da: "Beskrivelse" },
  type: "text",
  width: 40,
};

export const PROBABILITY_CALCULATION_OPTIONS: readonly OptionDef[] = [
  { value: "Multiply", caption: { en: "Multiply", da: "Multiplicer" } },
  { value: "Add", caption: { en: "Add", da: "Adder" } },
  { value: "ChancesOfSuccess", caption: { en: "Chances of Success %", da: "Chance for succes %" } },
  { value: "Completed", caption: { en: "Completed %", da: "Fuldført %" } },
];

export const OPPORTUNITY_STATUS_OPTIONS: readonly OptionDef[] = [
  { value: "NotStarted", caption: { en: "Not Started", da: "Ikke startet" } },
  { value: "InProgress", caption: { en: "In Progress", da: "I gang" } },
  { value: "Won", caption: { en: "Won", da: "Vundet" } },
  { value: "Lost", caption: { en: "Lost", da: "Tabt" } },
];

const ACTION_OPTIONS: readonly OptionDef[] = [
  { value: "", caption: { en: "", da: "" } },
  { value: "Next", caption: { en: "Next", da: "Næste" } },
  { value: "Previous", caption: { en: "Previous", da: "Forrige" } },
  { value: "Updated", caption: { en: "Updated", da: "Opdateret" } },
  { value: "Jumped", caption: { en: "Jumped", da: "Sprunget" } },
  { value: "Won", caption: { en: "Won", da: "Vundet" } },
  { value: "Lost", caption: { en: "Lost", da: "Tabt" } },
];

export const salesCycleSchema: SheetSchema<SalesCycle> = {
  entity: "salesCycle",
  version: 1,
  sheetName: { en: "Sales Cycles", da: "Salgsprocesser" },
  tableName: "SalesCycleTable",
  columns: [
    code("code", "Code", "Kode", 10),
    description,
    {
      field: "probabilityCalculation",
      caption: { en: "Probability Calculation", da: "Sandsynlighedsberegning" },
      type: "option",
      options: PROBABILITY_CALCULATION_OPTIONS,
      width: 18,
    },
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", description: "", probabilityCalculation: "Multiply" }),
};

export const salesCycleStageSchema: SheetSchema<SalesCycleStage> = {
  entity: "salesCycleStage",
  version: 1,
  sheetName: { en: "Sales Cycle Stages", da: "Salgsprocesfaser" },
  tableName: "SalesCycleStageTable",
  columns: [
    code("salesCycleCode", "Sales Cycle Code", "Salgsproceskode", 10, {
      listSource: { entity: "salesCycle", field: "code" },
    }),
    { field: "stage", caption: { en: "Stage", da: "Fase" }, type: "integer", width: 8 },
    description,
    num("completedPct", "Completed %", "Fuldført %"),
    num("chancesOfSuccessPct", "Chances of Success %", "Chance for succes %"),
    code("activityCode", "Activity Code", "Aktivitetskode", 10),
    { field: "dateFormula", caption: { en: "Date Formula", da: "Datoformel" }, type: "text", width: 12 },
  ],
  keyField: "stage",
  keyOf: (r) => r.salesCycleCode + KEY_SEPARATOR + String(r.stage),
  blank: () => ({
    salesCycleCode: "",
    stage: 0,
    description: "",
    completedPct: 0,
    chancesOfSuccessPct: 0,
    activityCode: "",
    dateFormula: "",
  }),
};

export const opportunitySchema: SheetSchema<Opportunity> = {
  entity: "opportunity",
  version: 1,
  sheetName: { en: "Opportunities", da: "Salgsmuligheder" },
  tableName: "OpportunityTable",
  columns: [
    code("no", "No.", "Nr.", 20),
    description,
    code("contactNo", "Contact No.", "Kontaktnr.", 20, { listSource: { entity: "contact", field: "no" } }),
    code("contactCompanyNo", "Contact Company No.", "Kontaktvirksomhedsnr.", 20, readOnly),
    code("salespersonCode", "Salesperson Code", "Sælgerkode", 20, {
      listSource: { entity: "salesperson", field: "code" },
    }),
    code("campaignNo", "Campaign No.", "Kampagnenr.", 20, { listSource: { entity: "campaign", field: "no" } }),
    code("salesCycleCode", "Sales Cycle Code", "Salgsproceskode", 10, {
      listSource: { entity: "salesCycle", field: "code" },
    }),
    code("segmentNo", "Segment No.", "Segmentnr.", 20),
    {
      field: "creationDate",
      caption: { en: "Creation Date", da: "Oprettelsesdato" },
      type: "date",
      readOnly: true,
      width: 12,
    },
    {
      field: "status",
      // Not "Status": that caption is the add-in's own column's.
      caption: { en: "Opportunity Status", da: "Salgsmulighedsstatus" },
      type: "option",
      options: OPPORTUNITY_STATUS_OPTIONS,
      width: 12,
    },
    { field: "closed", caption: { en: "Closed", da: "Lukket" }, type: "boolean", readOnly: true, width: 8 },
    { field: "dateClosed", caption: { en: "Date Closed", da: "Lukket den" }, type: "date", readOnly: true, width: 12 },
    {
      field: "currentStage",
      caption: { en: "Current Sales Cycle Stage", da: "Aktuel salgsprocesfase" },
      type: "integer",
      width: 10,
    },
    num("estimatedValue", "Estimated Value (LCY)", "Anslået værdi (RV)"),
    num("chancesOfSuccessPct", "Chances of Success %", "Chance for succes %"),
    num("completedPct", "Completed %", "Fuldført %", readOnly),
    num("probabilityPct", "Probability %", "Sandsynlighed %", readOnly),
    num("calcdCurrentValue", "Calcd. Current Value (LCY)", "Beregnet aktuel værdi (RV)", readOnly),
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({
    no: "",
    description: "",
    salespersonCode: "",
    campaignNo: "",
    contactNo: "",
    contactCompanyNo: "",
    salesCycleCode: "",
    segmentNo: "",
    creationDate: "",
    status: "NotStarted",
    closed: false,
    dateClosed: "",
    currentStage: 0,
    estimatedValue: 0,
    chancesOfSuccessPct: 0,
    completedPct: 0,
    probabilityPct: 0,
    calcdCurrentValue: 0,
  }),
};

const ro = (c: ColumnDef): ColumnDef => ({ ...c, readOnly: true }) as ColumnDef;

export const opportunityEntrySchema: SheetSchema<OpportunityEntry> = {
  entity: "opportunityEntry",
  version: 1,
  sheetName: { en: "Opportunity Entries", da: "Salgsmulighedsposter" },
  tableName: "OpportunityEntryTable",
  columns: [
    { field: "entryNo", caption: { en: "Entry No.", da: "Løbenr." }, type: "integer", readOnly: true, width: 10 },
    code("opportunityNo", "Opportunity No.", "Salgsmulighedsnr.", 20, readOnly),
    code("salesCycleCode", "Sales Cycle Code", "Salgsproceskode", 10, readOnly),
    ro({
      field: "salesCycleStage",
      caption: { en: "Sales Cycle Stage", da: "Salgsprocesfase" },
      type: "integer",
      width: 8,
    }),
    ro({
      field: "previousStage",
      caption: { en: "Previous Sales Cycle Stage", da: "Forrige salgsprocesfase" },
      type: "integer",
      width: 8,
    }),
    code("contactNo", "Contact No.", "Kontaktnr.", 20, readOnly),
    code("contactCompanyNo", "Contact Company No.", "Kontaktvirksomhedsnr.", 20, readOnly),
    code("salespersonCode", "Salesperson Code", "Sælgerkode", 20, readOnly),
    code("campaignNo", "Campaign No.", "Kampagnenr.", 20, readOnly),
    ro({ field: "dateOfChange", caption: { en: "Date of Change", da: "Ændringsdato" }, type: "date", width: 12 }),
    // Not read-only: a deactivation made in another copy travels and merges (OP14); the rules put back any other.
    { field: "active", caption: { en: "Active", da: "Aktiv" }, type: "boolean", width: 8 },
    ro({
      field: "actionTaken",
      caption: { en: "Action Taken", da: "Udført handling" },
      type: "option",
      options: ACTION_OPTIONS,
      width: 10,
    }),
    num("estimatedValue", "Estimated Value (LCY)", "Anslået værdi (RV)", readOnly),
    num("calcdCurrentValue", "Calcd. Current Value (LCY)", "Beregnet aktuel værdi (RV)", readOnly),
    num("completedPct", "Completed %", "Fuldført %", readOnly),
    num("chancesOfSuccessPct", "Chances of Success %", "Chance for succes %", readOnly),
    num("probabilityPct", "Probability %", "Sandsynlighed %", readOnly),
    ro({
      field: "estimatedCloseDate",
      caption: { en: "Estimated Close Date", da: "Forventet lukkedato" },
      type: "date",
      width: 12,
    }),
  ],
  keyField: "entryNo",
  keyOf: (r) => String(r.entryNo),
  blank: () => ({
    entryNo: BLANK_NO,
    opportunityNo: "",
    salesCycleCode: "",
    salesCycleStage: 0,
    previousStage: 0,
    contactNo: "",
    contactCompanyNo: "",
    salespersonCode: "",
    campaignNo: "",
    dateOfChange: "",
    active: false,
    actionTaken: "",
    estimatedValue: 0,
    calcdCurrentValue: 0,
    completedPct: 0,
    chancesOfSuccessPct: 0,
    probabilityPct: 0,
    estimatedCloseDate: "",
  }),
};
