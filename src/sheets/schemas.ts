/**
 * The bound tables: one schema per record kind, plus the add-in's own columns appended to every table.
 * Captions are matched in either language, so no caption may equal another column's caption in any language.
 */
import { codeListSchema } from "./codeListSchema";
import type { Campaign, CampaignStatus, EntityKind, EntityRecords, Salesperson } from "../domain";
import { contactSchema, teamMemberSchema, teamSchema } from "./contactSchemas";
import { interactionGroupSchema, interactionTemplateSchema } from "./interactionSchemas";
import { campaignEntrySchema, interactionLogEntrySchema, loggedSegmentSchema } from "./interactionLogSchemas";
import {
  opportunityEntrySchema,
  opportunitySchema,
  salesCycleSchema,
  salesCycleStageSchema,
} from "./opportunitySchemas";
import { activitySchema, activityStepSchema, taskSchema } from "./taskSchemas";
import { itemSchema, itemUnitOfMeasureSchema, itemVariantSchema } from "./itemSchemas";
import { salesLineDiscountSchema, salesPriceSchema } from "./priceSchemas";
import {
  currencySchema,
  customerDiscountGroupSchema,
  customerPriceGroupSchema,
  customerSchema,
  itemDiscountGroupSchema,
} from "./setupSchemas";
import { allSegmentLinesSchema } from "./segmentSchemas";
import { campaignActivationSchema, numberSeriesSchema, segmentHeaderSchema } from "./stateSchemas";
import type { SheetSchema, SystemColumnDef } from "./schemaTypes";

/**
 * Appended after the schema columns, in this order; all are text ("@") columns. The base is the content hash
 * the row had when the add-in last wrote it (what the sheet and the store last agreed on): a copy of the
 * workbook carries it, so a change on either side can be told apart later (docs/spec/document-layout.md).
 * Tables made before the base column existed have none; they are read without it.
 */
export const SYSTEM_COLUMNS: {
  readonly status: SystemColumnDef;
  readonly rowId: SystemColumnDef;
  readonly rowVersion: SystemColumnDef;
  readonly rowBase: SystemColumnDef;
} = {
  status: { caption: { en: "Status", da: "Status" }, hidden: false, width: 40 },
  rowId: { caption: { en: "Row ID", da: "Række-id" }, hidden: true, width: 12 },
  rowVersion: { caption: { en: "Row version", da: "Rækkeversion" }, hidden: true, width: 8 },
  rowBase: { caption: { en: "Row base", da: "Rækkebasis" }, hidden: true, width: 10 },
};

export const campaignStatusSchema: SheetSchema<CampaignStatus> = codeListSchema(
  "campaignStatus",
  { en: "Campaign Status", da: "Kampagnestatus" },
  "CampaignStatusTable",
  10,
);

export const salespersonSchema: SheetSchema<Salesperson> = {
  entity: "salesperson",
  version: 1,
  sheetName: { en: "Salespeople", da: "Sælgere" },
  tableName: "SalespersonTable",
  columns: [
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 20, width: 12 },
    { field: "name", caption: { en: "Name", da: "Navn" }, type: "text", width: 30 },
    { field: "email", caption: { en: "E-mail", da: "E-mail" }, type: "text", width: 30 },
    { field: "blocked", caption: { en: "Blocked", da: "Spærret" }, type: "boolean", width: 10 },
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", name: "", email: "", blocked: false }),
};

export const campaignSchema: SheetSchema<Campaign> = {
  entity: "campaign",
  version: 1,
  sheetName: { en: "Campaigns", da: "Kampagner" },
  tableName: "CampaignTable",
  columns: [
    { field: "no", caption: { en: "No.", da: "Nr." }, type: "code", maxLength: 20, width: 12 },
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    { field: "startingDate", caption: { en: "Starting Date", da: "Startdato" }, type: "date", width: 12 },
    { field: "endingDate", caption: { en: "Ending Date", da: "Slutdato" }, type: "date", width: 12 },
    {
      field: "salespersonCode",
      caption: { en: "Salesperson Code", da: "Sælgerkode" },
      type: "code",
      maxLength: 20,
      width: 14,
      listSource: { entity: "salesperson", field: "code" },
    },
    {
      field: "statusCode",
      caption: { en: "Status Code", da: "Statuskode" },
      type: "code",
      maxLength: 10,
      width: 12,
      listSource: { entity: "campaignStatus", field: "code" },
    },
    {
      field: "lastDateModified",
      caption: { en: "Last Date Modified", da: "Sidst ændret" },
      type: "date",
      readOnly: true,
      width: 14,
    },
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({
    no: "",
    description: "",
    startingDate: "",
    endingDate: "",
    salespersonCode: "",
    statusCode: "",
    lastDateModified: "",
  }),
};

/** Every kind's general schema, typed by kind through the domain's record map. */
const SCHEMAS: { [E in EntityKind]: SheetSchema<EntityRecords[E]> } = {
  campaignStatus: campaignStatusSchema,
  salesperson: salespersonSchema,
  campaign: campaignSchema,
  itemDiscountGroup: itemDiscountGroupSchema,
  customerPriceGroup: customerPriceGroupSchema,
  customerDiscountGroup: customerDiscountGroupSchema,
  currency: currencySchema,
  item: itemSchema,
  itemUnitOfMeasure: itemUnitOfMeasureSchema,
  itemVariant: itemVariantSchema,
  customer: customerSchema,
  salesPrice: salesPriceSchema,
  salesLineDiscount: salesLineDiscountSchema,
  contact: contactSchema,
  team: teamSchema,
  teamMember: teamMemberSchema,
  interactionGroup: interactionGroupSchema,
  interactionTemplate: interactionTemplateSchema,
  segmentHeader: segmentHeaderSchema,
  segmentLine: allSegmentLinesSchema,
  numberSeries: numberSeriesSchema,
  campaignActivation: campaignActivationSchema,
  loggedSegment: loggedSegmentSchema,
  campaignEntry: campaignEntrySchema,
  interactionLogEntry: interactionLogEntrySchema,
  salesCycle: salesCycleSchema,
  salesCycleStage: salesCycleStageSchema,
  opportunity: opportunitySchema,
  opportunityEntry: opportunityEntrySchema,
  activity: activitySchema,
  activityStep: activityStepSchema,
  task: taskSchema,
};

/**
 * The general schema of a record kind. One campaign's prices and discounts have their own
 * (campaignPriceSchema / campaignDiscountSchema); one segment's lines have segmentLineSchema (the general
 * segmentLine schema is the "Segment Lines" sheet).
 */
export function schemaFor<E extends EntityKind>(entity: E): SheetSchema<EntityRecords[E]> {
  return SCHEMAS[entity];
}
