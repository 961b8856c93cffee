/**
 * Messages and field labels of Log Segment, interactions and campaign entries (issue 16, domain-rules §6,
 * docs/spec/interaction-rules.md). Kept apart so messageCatalog.ts stays small; it spreads both into its tables.
 */
import type { Texts } from "./records";

export const INTERACTION_MESSAGES: Readonly<Record<string, Texts>> = {
  LOG_SEGMENT_NO_DESCRIPTION: {
    en: "Segment {segment} has no description. Give it a description, then log it again.",
    da: "Segment {segment} har ingen beskrivelse. Giv det en beskrivelse, og log det igen.",
  },
  LOG_SEGMENT_EMPTY: {
    en: "Segment {segment} has no line with a contact, so there is nothing to log. Add contacts first.",
    da: "Segment {segment} har ingen linje med en kontakt, så der er intet at logge. Tilføj kontakter først.",
  },
  LOG_SEGMENT_ALREADY_LOGGED: {
    en: "Segment {segment} is already logged (logged segment {entry}). A logged segment cannot be logged again.",
    da: "Segment {segment} er allerede logget (logget segment {entry}). Et logget segment kan ikke logges igen.",
  },
  LOG_LINE_NO_DATE: {
    en: "Line {line} of segment {segment} has no date. Give the line (or the segment) a date, then log again.",
    da: "Linje {line} i segment {segment} har ingen dato. Giv linjen (eller segmentet) en dato, og log igen.",
  },
  LOG_LINE_NO_SALESPERSON: {
    en: "Line {line} of segment {segment} has no salesperson. Give the line (or the segment) a salesperson, then log again.",
    da: "Linje {line} i segment {segment} har ingen sælger. Giv linjen (eller segmentet) en sælger, og log igen.",
  },
  LOG_LINE_NO_TEMPLATE: {
    en: "Line {line} of segment {segment} has no interaction template. Choose a template, then log again.",
    da: "Linje {line} i segment {segment} har ingen interaktionsskabelon. Vælg en skabelon, og log igen.",
  },
  LOG_LINE_UNKNOWN: {
    en: "Line {line} of segment {segment}: {field} {code} does not exist. Choose an existing one, then log again.",
    da: "Linje {line} i segment {segment}: {field} {code} findes ikke. Vælg en eksisterende, og log igen.",
  },
  SEGMENT_LOGGED_READ_ONLY: {
    en: "Segment {segment} is logged, so its lines can no longer be changed. Your change was put back; cancel or log interactions instead.",
    da: "Segment {segment} er logget, så dets linjer kan ikke længere ændres. Din ændring er sat tilbage; annullér eller log interaktioner i stedet.",
  },
  UNCANCEL_ENTRY_CANCELED: {
    en: "Interaction {entry} cannot be un-canceled while its campaign entry {campaignEntry} is canceled. Un-cancel the campaign entry first.",
    da: "Interaktion {entry} kan ikke genoprettes, mens dens kampagnepost {campaignEntry} er annulleret. Genopret kampagneposten først.",
  },
  UNCANCEL_LOGGED_SEGMENT_CANCELED: {
    en: "Interaction {entry} cannot be un-canceled while its logged segment {loggedSegment} is canceled. Un-cancel the logged segment first.",
    da: "Interaktion {entry} kan ikke genoprettes, mens dens loggede segment {loggedSegment} er annulleret. Genopret det loggede segment først.",
  },
  CAMPAIGN_ENTRY_NOT_CANCELED: {
    en: "Campaign entry {entry} is not canceled, and only canceled campaign entries can be deleted. It was put back; cancel it first, then delete it.",
    da: "Kampagnepost {entry} er ikke annulleret, og kun annullerede kampagneposter kan slettes. Den er sat tilbage; annullér den først, og slet den så.",
  },
  INTERACTION_READ_ONLY: {
    en: "{field} of interaction {entry} cannot be changed: it was logged with segment {segment}. Your change was put back.",
    da: "{field} på interaktion {entry} kan ikke ændres: den blev logget med segment {segment}. Din ændring er sat tilbage.",
  },
};

export const INTERACTION_FIELD_LABELS: Readonly<Record<string, Texts>> = {
  entryNo: { en: "Entry No.", da: "Løbenr." },
  campaignEntryNo: { en: "Campaign entry no.", da: "Kampagnepostnr." },
  loggedSegmentEntryNo: { en: "Logged segment entry no.", da: "Logget segmentløbenr." },
  registerNo: { en: "Register no.", da: "Journalnr." },
  canceled: { en: "Canceled", da: "Annulleret" },
  postponed: { en: "Postponed", da: "Udskudt" },
  opportunityNo: { en: "Opportunity no.", da: "Salgsmulighedsnr." },
  creationDate: { en: "Creation date", da: "Oprettelsesdato" },
  userId: { en: "User ID", da: "Bruger-id" },
};

/** Short titles of these codes (PN9), for the Issues tab's chart. */
export const INTERACTION_ISSUE_TITLES: Readonly<Record<string, Texts>> = {
  LOG_SEGMENT_NO_DESCRIPTION: { en: "Segment without description", da: "Segment uden beskrivelse" },
  LOG_SEGMENT_EMPTY: { en: "Segment without contacts", da: "Segment uden kontakter" },
  LOG_SEGMENT_ALREADY_LOGGED: { en: "Segment already logged", da: "Segment allerede logget" },
  LOG_LINE_NO_DATE: { en: "Line without date", da: "Linje uden dato" },
  LOG_LINE_NO_SALESPERSON: { en: "Line without salesperson", da: "Linje uden sælger" },
  LOG_LINE_NO_TEMPLATE: { en: "Line without template", da: "Linje uden skabelon" },
  LOG_LINE_UNKNOWN: { en: "Line refers to nothing", da: "Linje henviser til intet" },
  SEGMENT_LOGGED_READ_ONLY: { en: "Logged segment kept", da: "Logget segment bevaret" },
  UNCANCEL_ENTRY_CANCELED: { en: "Campaign entry canceled", da: "Kampagnepost annulleret" },
  UNCANCEL_LOGGED_SEGMENT_CANCELED: { en: "Logged segment canceled", da: "Logget segment annulleret" },
  CAMPAIGN_ENTRY_NOT_CANCELED: { en: "Entry not canceled, kept", da: "Post ikke annulleret, bevaret" },
  INTERACTION_READ_ONLY: { en: "Logged interaction kept", da: "Logget interaktion bevaret" },
};
