/**
 * Interaction groups and interaction templates (BC tables 5062 and 5064): a template's cost, duration and
 * campaign flags are the defaults a segment takes. Captions follow Business Central's English and Danish ones.
 */
import { codeListSchema } from "./codeListSchema";
import type { InteractionGroup, InteractionTemplate } from "../domain";
import type { OptionDef, SheetSchema } from "./schemaTypes";

/** Information Flow (' ', Outbound, Inbound). The blank option is written as an empty cell. */
export const INFORMATION_FLOWS: readonly OptionDef[] = [
  { value: "", caption: { en: "", da: "" } },
  { value: "Outbound", caption: { en: "Outbound", da: "Udgående" } },
  { value: "Inbound", caption: { en: "Inbound", da: "Indgående" } },
];

/** Initiated By (' ', Us, Them). The blank option is written as an empty cell. */
export const INITIATED_BY: readonly OptionDef[] = [
  { value: "", caption: { en: "", da: "" } },
  { value: "Us", caption: { en: "Us", da: "Os" } },
  { value: "Them", caption: { en: "Them", da: "Dem" } },
];

export const interactionGroupSchema: SheetSchema<InteractionGroup> = codeListSchema(
  "interactionGroup",
  { en: "Interaction Groups", da: "Interaktionsgrupper" },
  "InteractionGroupTable",
  10,
);

export const interactionTemplateSchema: SheetSchema<InteractionTemplate> = {
  entity: "interactionTemplate",
  version: 1,
  sheetName: { en: "Interaction Templates", da: "Interaktionsskabeloner" },
  tableName: "InteractionTemplateTable",
  columns: [
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 10, width: 12 },
    {
      field: "interactionGroupCode",
      caption: { en: "Interaction Group Code", da: "Interaktionsgruppekode" },
      type: "code",
      maxLength: 10,
      width: 12,
      listSource: { entity: "interactionGroup", field: "code" },
    },
    { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    { field: "unitCost", caption: { en: "Unit Cost (LCY)", da: "Kostpris (RV)" }, type: "number", width: 12 },
    {
      field: "unitDuration",
      caption: { en: "Unit Duration (Min.)", da: "Varighed (min.)" },
      type: "number",
      width: 12,
    },
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
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({
    code: "",
    interactionGroupCode: "",
    description: "",
    unitCost: 0,
    unitDuration: 0,
    informationFlow: "",
    initiatedBy: "",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
  }),
};
