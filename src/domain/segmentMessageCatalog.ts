/**
 * Messages and field labels of the contact, team, interaction and segment rules, pasted-contact references and
 * BC filters (issue 4). Kept apart so messageCatalog.ts stays small; it spreads both into its tables.
 */
import type { Texts } from "./records";

export const SEGMENT_MESSAGES: Readonly<Record<string, Texts>> = {
  INVALID_OPTION: {
    en: '{field} "{value}" is not an allowed value. Choose one of: {allowed}.',
    da: '{field} "{value}" er ikke en tilladt værdi. Vælg en af: {allowed}.',
  },
  COMPANY_NO_NOT_OWN: {
    en: "Contact {no} is a company, so its company no. must be its own no. {no} or blank, not {code}. Clear the company no., or change the type to Person.",
    da: "Kontakt {no} er en virksomhed, så dens virksomhedsnr. skal være dens eget nr. {no} eller tomt, ikke {code}. Ryd virksomhedsnr., eller skift typen til Person.",
  },
  UNKNOWN_COMPANY: {
    en: "Company contact {code} does not exist. Choose an existing contact of type Company, or create {code} first.",
    da: "Virksomhedskontakten {code} findes ikke. Vælg en eksisterende kontakt af typen Virksomhed, eller opret {code} først.",
  },
  NOT_A_COMPANY: {
    en: "Contact {code} is not a company. A person belongs to a company: choose a contact of type Company.",
    da: "Kontakt {code} er ikke en virksomhed. En person hører til en virksomhed: vælg en kontakt af typen Virksomhed.",
  },
  UNKNOWN_CONTACT: {
    en: "Contact {code} does not exist. Choose an existing contact, or create {code} first on the Contacts sheet.",
    da: "Kontakt {code} findes ikke. Vælg en eksisterende kontakt, eller opret {code} først i arket Kontakter.",
  },
  UNKNOWN_SEGMENT: {
    en: "Segment {code} does not exist (it may have been deleted). Select or create the segment in the Segments tab.",
    da: "Segment {code} findes ikke (det kan være slettet). Vælg eller opret segmentet under fanen Segmenter.",
  },
  UNKNOWN_TEAM: {
    en: "Team {code} does not exist. Choose an existing team, or create {code} first.",
    da: "Team {code} findes ikke. Vælg et eksisterende team, eller opret {code} først.",
  },
  UNKNOWN_INTERACTION_GROUP: {
    en: "Interaction group {code} does not exist. Choose an existing group, or create {code} first.",
    da: "Interaktionsgruppe {code} findes ikke. Vælg en eksisterende gruppe, eller opret {code} først.",
  },
  UNKNOWN_INTERACTION_TEMPLATE: {
    en: "Interaction template {code} does not exist. Choose an existing template, or create {code} first.",
    da: "Interaktionsskabelon {code} findes ikke. Vælg en eksisterende skabelon, eller opret {code} først.",
  },
  NEGATIVE_DURATION: {
    en: "{field} is {value}, but a duration cannot be negative. Enter 0 or more minutes.",
    da: "{field} er {value}, men en varighed kan ikke være negativ. Skriv 0 eller flere minutter.",
  },
  TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN: {
    en: "{field} is set, but the template has no campaign no. Enter the campaign the template is for, or clear {field}.",
    da: "{field} er markeret, men skabelonen har intet kampagnenr. Udfyld den kampagne, skabelonen gælder, eller fjern markeringen i {field}.",
  },
  SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN: {
    en: "{field} is set, but the segment has no campaign no. Choose the campaign first, or clear {field}.",
    da: "{field} er markeret, men segmentet har intet kampagnenr. Vælg kampagnen først, eller fjern markeringen i {field}.",
  },
  DUPLICATE_SEGMENT_CONTACT: {
    en: "Contact {contact} is in segment {segment} more than once. Delete the extra line, unless the contact should get this interaction twice.",
    da: "Kontakt {contact} står mere end én gang i segment {segment}. Slet den overskydende linje, medmindre kontakten skal have denne interaktion to gange.",
  },
  UNKNOWN_CONTACT_REFERENCE: {
    en: '"{text}" is not the no., e-mail address or name of any contact. Check the spelling, or create the contact first.',
    da: '"{text}" er hverken nr., e-mailadresse eller navn på nogen kontakt. Kontrollér stavningen, eller opret kontakten først.',
  },
  AMBIGUOUS_CONTACT_REFERENCE: {
    en: '"{text}" matches {count} contacts (for example {candidates}). Enter the contact no. instead.',
    da: '"{text}" passer på {count} kontakter (f.eks. {candidates}). Skriv kontaktnr. i stedet.',
  },
  FILTER_SYNTAX: {
    en: '{field}: the filter "{filter}" is not valid near "{part}". Use forms such as A..B, <>X, >=100, A|B, *text* or \'\' for blank; parentheses are not supported.',
    da: '{field}: filteret "{filter}" er ugyldigt ved "{part}". Brug former som A..B, <>X, >=100, A|B, *tekst* eller \'\' for tom; parenteser understøttes ikke.',
  },
};

export const SEGMENT_FIELD_LABELS: Readonly<Record<string, Texts>> = {
  companyNo: { en: "Company no.", da: "Virksomhedsnr." },
  postCode: { en: "Post code", da: "Postnr." },
  city: { en: "City", da: "By" },
  countryCode: { en: "Country/region code", da: "Lande-/områdekode" },
  territoryCode: { en: "Territory code", da: "Distriktskode" },
  excludeFromSegment: { en: "Exclude from segment", da: "Udelad fra segment" },
  teamCode: { en: "Team code", da: "Teamkode" },
  interactionGroupCode: { en: "Interaction group code", da: "Interaktionsgruppekode" },
  interactionTemplateCode: { en: "Interaction template code", da: "Interaktionsskabelonkode" },
  unitCost: { en: "Unit cost (LCY)", da: "Kostpris (RV)" },
  unitDuration: { en: "Unit duration (min.)", da: "Varighed (min.)" },
  informationFlow: { en: "Information flow", da: "Informationsretning" },
  initiatedBy: { en: "Initiated by", da: "Initieret af" },
  campaignNo: { en: "Campaign no.", da: "Kampagnenr." },
  campaignTarget: { en: "Campaign target", da: "Kampagnemål" },
  campaignResponse: { en: "Campaign response", da: "Kampagnerespons" },
  segmentNo: { en: "Segment no.", da: "Segmentnr." },
  lineNo: { en: "Line no.", da: "Linjenr." },
  contactCompanyNo: { en: "Contact company no.", da: "Kontaktvirksomhedsnr." },
  cost: { en: "Cost (LCY)", da: "Omkostning (RV)" },
  duration: { en: "Duration (min.)", da: "Varighed (min.)" },
  date: { en: "Date", da: "Dato" },
  evaluation: { en: "Evaluation", da: "Evaluering" },
  attemptFailed: { en: "Attempt failed", da: "Forsøg mislykket" },
};
