/**
 * Contacts, teams and team members. Captions follow Business Central's English and Danish captions.
 * Team members are keyed by (team code, salesperson code): keyOf joins the two with KEY_SEPARATOR.
 */
import type { Contact, Team, TeamMember } from "../domain";
import { KEY_SEPARATOR } from "./itemSchemas";
import type { OptionDef, SheetSchema } from "./schemaTypes";

/** Contact Type (enum), in BC's order. */
export const CONTACT_TYPES: readonly OptionDef[] = [
  { value: "Company", caption: { en: "Company", da: "Virksomhed" } },
  { value: "Person", caption: { en: "Person", da: "Person" } },
];

export const contactSchema: SheetSchema<Contact> = {
  entity: "contact",
  version: 1,
  sheetName: { en: "Contacts", da: "Kontakter" },
  tableName: "ContactTable",
  columns: [
    { field: "no", caption: { en: "No.", da: "Nr." }, type: "code", maxLength: 20, width: 12 },
    { field: "type", caption: { en: "Type", da: "Type" }, type: "option", options: CONTACT_TYPES, width: 12 },
    { field: "name", caption: { en: "Name", da: "Navn" }, type: "text", width: 30 },
    {
      field: "companyNo",
      caption: { en: "Company No.", da: "Virksomhedsnr." },
      type: "code",
      maxLength: 20,
      width: 12,
      listSource: { entity: "contact", field: "no" },
    },
    {
      field: "salespersonCode",
      caption: { en: "Salesperson Code", da: "Sælgerkode" },
      type: "code",
      maxLength: 20,
      width: 14,
      listSource: { entity: "salesperson", field: "code" },
    },
    { field: "email", caption: { en: "E-mail", da: "E-mail" }, type: "text", width: 30 },
    { field: "postCode", caption: { en: "Post Code", da: "Postnr." }, type: "code", maxLength: 20, width: 10 },
    { field: "city", caption: { en: "City", da: "By" }, type: "text", width: 20 },
    {
      field: "countryCode",
      caption: { en: "Country/Region Code", da: "Lande-/områdekode" },
      type: "code",
      maxLength: 10,
      width: 10,
    },
    {
      field: "territoryCode",
      caption: { en: "Territory Code", da: "Distriktskode" },
      type: "code",
      maxLength: 10,
      width: 10,
    },
    {
      field: "excludeFromSegment",
      caption: { en: "Exclude from Segment", da: "Udelad fra segment" },
      type: "boolean",
      width: 10,
    },
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({
    no: "",
    type: "Company", // BC's default (ordinal 0)
    name: "",
    companyNo: "",
    salespersonCode: "",
    email: "",
    postCode: "",
    city: "",
    countryCode: "",
    territoryCode: "",
    excludeFromSegment: false,
  }),
};

export const teamSchema: SheetSchema<Team> = {
  entity: "team",
  version: 1,
  sheetName: { en: "Teams", da: "Teams" },
  tableName: "TeamTable",
  columns: [
    { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength: 10, width: 12 },
    { field: "name", caption: { en: "Name", da: "Navn" }, type: "text", width: 30 },
  ],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", name: "" }),
};

export const teamMemberSchema: SheetSchema<TeamMember> = {
  entity: "teamMember",
  version: 1,
  sheetName: { en: "Team Members", da: "Teammedlemmer" },
  tableName: "TeamMemberTable",
  columns: [
    {
      field: "teamCode",
      caption: { en: "Team Code", da: "Teamkode" },
      type: "code",
      maxLength: 10,
      width: 12,
      listSource: { entity: "team", field: "code" },
    },
    {
      field: "salespersonCode",
      caption: { en: "Salesperson Code", da: "Sælgerkode" },
      type: "code",
      maxLength: 20,
      width: 14,
      listSource: { entity: "salesperson", field: "code" },
    },
  ],
  keyField: "salespersonCode",
  keyOf: (r) => r.teamCode + KEY_SEPARATOR + r.salespersonCode,
  blank: () => ({ teamCode: "", salespersonCode: "" }),
};
