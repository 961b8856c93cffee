import { contactSchema, teamMemberSchema, teamSchema } from "./contactSchemas";
import { interactionGroupSchema, interactionTemplateSchema } from "./interactionSchemas";
import type { SheetSchema } from "./schemaTypes";

const captions = <R>(s: SheetSchema<R>) => s.columns.map((c) => [c.caption.en, c.caption.da]);
const options = <R>(s: SheetSchema<R>, field: string) => {
  const c = s.columns.find((col) => col.field === field);
  return c?.type === "option" ? c.options.map((o) => [o.value, o.caption.en, o.caption.da]) : [];
};

test("Contacts: BC's captions in both languages, names, Type Company/Person with Company as default", () => {
  expect(captions(contactSchema)).toEqual([
    ["No.", "Nr."],
    ["Type", "Type"],
    ["Name", "Navn"],
    ["Company No.", "Virksomhedsnr."],
    ["Salesperson Code", "Sælgerkode"],
    ["E-mail", "E-mail"],
    ["Post Code", "Postnr."],
    ["City", "By"],
    ["Country/Region Code", "Lande-/områdekode"],
    ["Territory Code", "Distriktskode"],
    ["Exclude from Segment", "Udelad fra segment"],
  ]);
  expect([contactSchema.sheetName, contactSchema.tableName]).toEqual([
    { en: "Contacts", da: "Kontakter" },
    "ContactTable",
  ]);
  expect(options(contactSchema, "type")).toEqual([
    ["Company", "Company", "Virksomhed"],
    ["Person", "Person", "Person"],
  ]);
  expect([contactSchema.blank().type, contactSchema.blank().excludeFromSegment]).toEqual(["Company", false]);
});

test("Teams and team members: captions and names", () => {
  expect(captions(teamSchema)).toEqual([
    ["Code", "Kode"],
    ["Name", "Navn"],
  ]);
  expect(captions(teamMemberSchema)).toEqual([
    ["Team Code", "Teamkode"],
    ["Salesperson Code", "Sælgerkode"],
  ]);
  expect([teamSchema.tableName, teamMemberSchema.tableName]).toEqual(["TeamTable", "TeamMemberTable"]);
  expect(teamMemberSchema.sheetName).toEqual({ en: "Team Members", da: "Teammedlemmer" });
});

test("Interaction templates: captions, Information Flow and Initiated By options with a blank first", () => {
  expect(captions(interactionTemplateSchema).map(([, da]) => da)).toEqual([
    "Kode",
    "Interaktionsgruppekode",
    "Beskrivelse",
    "Kostpris (RV)",
    "Varighed (min.)",
    "Informationsretning",
    "Initieret af",
    "Kampagnenr.",
    "Kampagnemål",
    "Kampagnerespons",
  ]);
  expect(options(interactionTemplateSchema, "informationFlow")).toEqual([
    ["", "", ""],
    ["Outbound", "Outbound", "Udgående"],
    ["Inbound", "Inbound", "Indgående"],
  ]);
  expect(options(interactionTemplateSchema, "initiatedBy")).toEqual([
    ["", "", ""],
    ["Us", "Us", "Os"],
    ["Them", "Them", "Dem"],
  ]);
  const blank = interactionTemplateSchema.blank();
  expect([blank.informationFlow, blank.initiatedBy, blank.campaignTarget]).toEqual(["", "", false]);
  expect([interactionGroupSchema.sheetName, interactionTemplateSchema.sheetName]).toEqual([
    { en: "Interaction Groups", da: "Interaktionsgrupper" },
    { en: "Interaction Templates", da: "Interaktionsskabeloner" },
  ]);
});
