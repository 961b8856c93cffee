/**
 * Short titles of issue codes (PN9), for places that count issues by kind (the Issues tab's chart): a few words
 * in the person's language instead of an internal code.
 */
import { INTERACTION_ISSUE_TITLES } from "./interactionMessageCatalog";
import type { Lang, Texts } from "./records";

const T = (en: string, da: string): Texts => ({ en, da });

export const ISSUE_TITLES: Readonly<Record<string, Texts>> = {
  KEY_REQUIRED: T("Key missing", "Nøgle mangler"),
  OPPORTUNITY_CLOSED: T("Opportunity closed", "Salgsmulighed lukket"),
  OPPORTUNITY_NOT_CLOSED: T("Opportunity not closed", "Salgsmulighed ikke lukket"),
  OPPORTUNITY_NOT_STARTED: T("Opportunity not started", "Salgsmulighed ikke startet"),
  SALES_CYCLE_NO_STAGES: T("Sales cycle without stages", "Salgsproces uden faser"),
  OPPORTUNITY_DATE_BEFORE_LAST: T("Date before last change", "Dato før seneste ændring"),
  CHANCES_OUT_OF_RANGE: T("Chances out of range", "Chance uden for interval"),
  ESTIMATED_VALUE_NEGATIVE: T("Negative estimated value", "Negativ anslået værdi"),
  UNKNOWN_STAGE: T("Unknown stage", "Ukendt fase"),
  NO_NEXT_STAGE: T("No next stage", "Ingen næste fase"),
  NO_PREVIOUS_STAGE: T("No previous stage", "Ingen tidligere fase"),
  JUMP_TO_SAME_STAGE: T("Already at that stage", "Allerede i den fase"),
  CODE_TOO_LONG: T("Code too long", "Kode for lang"),
  CODE_INVALID_CHARS: T("Control characters", "Kontroltegn"),
  TEXT_TOO_LONG: T("Text too long", "Tekst for lang"),
  DUPLICATE_KEY: T("Used twice", "Brugt to gange"),
  INVALID_DATE: T("Not a date", "Ikke en dato"),
  CAMPAIGN_DATES_ORDER: T("Dates in wrong order", "Datoer i forkert rækkefølge"),
  UNKNOWN_STATUS: T("Unknown status", "Ukendt status"),
  UNKNOWN_SALESPERSON: T("Unknown salesperson", "Ukendt sælger"),
  SALESPERSON_BLOCKED: T("Salesperson blocked", "Sælger spærret"),
  NUMBER_OUT_OF_RANGE: T("Number too large", "Tal for stort"),
  INVALID_EMAIL: T("Invalid e-mail", "Ugyldig e-mail"),
  NUMBER_SERIES_NO_DIGITS: T("Number without digits", "Nummer uden cifre"),
  MANUAL_NO_NOT_ALLOWED: T("Manual no. not allowed", "Manuelt nr. ikke tilladt"),
  CAMPAIGN_ACTIVATED_NO_DELETE: T("Activated campaign kept", "Aktiveret kampagne bevaret"),
  CAMPAIGN_GONE: T("Campaign deleted", "Kampagne slettet"),
  DATE_FORMULA_SYNTAX: T("Invalid date formula", "Ugyldig datoformel"),
  DATE_OUT_OF_RANGE: T("Date out of range", "Dato uden for interval"),
  INVALID_NUMBER: T("Not a number", "Ikke et tal"),
  NEGATIVE_AMOUNT: T("Negative amount", "Negativt beløb"),
  NEGATIVE_QUANTITY: T("Negative quantity", "Negativt antal"),
  DISCOUNT_OUT_OF_RANGE: T("Discount not 0–100 %", "Rabat ikke 0–100 %"),
  EXCHANGE_RATE_NOT_POSITIVE: T("Exchange rate not positive", "Valutakurs ikke positiv"),
  QTY_PER_UNIT_NOT_POSITIVE: T("Qty. per unit not positive", "Antal pr. enhed ikke positivt"),
  BASE_UNIT_QTY_NOT_ONE: T("Base unit not 1", "Basisenhed ikke 1"),
  UNKNOWN_ITEM: T("Unknown item", "Ukendt vare"),
  UNKNOWN_ITEM_DISC_GROUP: T("Unknown item discount group", "Ukendt varerabatgruppe"),
  UNKNOWN_ITEM_UNIT: T("Unknown unit of measure", "Ukendt enhed"),
  UNKNOWN_ITEM_VARIANT: T("Unknown variant", "Ukendt variant"),
  UNKNOWN_CUSTOMER: T("Unknown customer", "Ukendt debitor"),
  UNKNOWN_CUSTOMER_PRICE_GROUP: T("Unknown price group", "Ukendt prisgruppe"),
  UNKNOWN_CUSTOMER_DISC_GROUP: T("Unknown discount group", "Ukendt rabatgruppe"),
  UNKNOWN_CURRENCY: T("Unknown currency", "Ukendt valuta"),
  UNKNOWN_CAMPAIGN: T("Unknown campaign", "Ukendt kampagne"),
  INVALID_SALES_TYPE: T("Invalid sales type", "Ugyldig salgstype"),
  INVALID_LINE_DISCOUNT_TYPE: T("Invalid discount type", "Ugyldig rabattype"),
  SALES_CODE_MUST_BE_BLANK: T("Sales code must be blank", "Salgskode skal være tom"),
  SALES_CODE_REQUIRED: T("Sales code missing", "Salgskode mangler"),
  PRICE_DATES_ORDER: T("Dates in wrong order", "Datoer i forkert rækkefølge"),
  CAMPAIGN_DATES_FROM_CARD: T("Dates follow the campaign", "Datoer følger kampagnen"),
  NOT_ALLOWED_FOR_DISC_GROUP: T("Not allowed for a discount group", "Ikke tilladt for en rabatgruppe"),
  DUPLICATE_PRICE_LINE: T("Duplicate price line", "Dobbelt prislinje"),
  DUPLICATE_DISCOUNT_LINE: T("Duplicate discount line", "Dobbelt rabatlinje"),
  DUPLICATE_ROWS: T("Duplicate rows", "Dobbelte rækker"),
  DUPLICATE_OF_KEPT: T("Copy of a kept row", "Kopi af en bevaret række"),
  DUPLICATE_KEPT: T("Kept of duplicates", "Bevaret blandt dubletter"),
  INVALID_OPTION: T("Not an allowed value", "Ikke en tilladt værdi"),
  COMPANY_NO_NOT_OWN: T("Company no. not its own", "Virksomhedsnr. ikke dens eget"),
  UNKNOWN_COMPANY: T("Unknown company", "Ukendt virksomhed"),
  NOT_A_COMPANY: T("Not a company", "Ikke en virksomhed"),
  UNKNOWN_CONTACT: T("Unknown contact", "Ukendt kontakt"),
  UNKNOWN_SEGMENT: T("Unknown segment", "Ukendt segment"),
  UNKNOWN_TEAM: T("Unknown team", "Ukendt team"),
  UNKNOWN_INTERACTION_GROUP: T("Unknown interaction group", "Ukendt interaktionsgruppe"),
  UNKNOWN_INTERACTION_TEMPLATE: T("Unknown interaction template", "Ukendt interaktionsskabelon"),
  NEGATIVE_DURATION: T("Negative duration", "Negativ varighed"),
  TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN: T("Campaign flags without campaign", "Kampagnefelter uden kampagne"),
  SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN: T("Campaign flags without campaign", "Kampagnefelter uden kampagne"),
  DUPLICATE_SEGMENT_CONTACT: T("Contact twice in segment", "Kontakt to gange i segment"),
  UNKNOWN_CONTACT_REFERENCE: T("Contact not found", "Kontakt ikke fundet"),
  AMBIGUOUS_CONTACT_REFERENCE: T("Contact ambiguous", "Kontakt tvetydig"),
  FILTER_SYNTAX: T("Invalid filter", "Ugyldigt filter"),
  INVALID_BOOLEAN: T("Not yes or no", "Ikke ja eller nej"),
  EXCEL_ERROR_VALUE: T("Excel error value", "Excel-fejlværdi"),
  EXTRA_COLUMN_IGNORED: T("Column not used", "Kolonne bruges ikke"),
  HEADER_DUPLICATE: T("Column heading twice", "Kolonneoverskrift to gange"),
  HEADER_MISSING: T("Column missing", "Kolonne mangler"),
  INVISIBLE_CHARACTER: T("Invisible character", "Usynligt tegn"),
  NUMBER_SHOWS_DATE: T("Number shown as date", "Tal vist som dato"),
  PASTED_HEADER_ROW: T("Pasted heading row", "Indsat overskriftsrække"),
  READ_ONLY_VALUE_DISCARDED: T("Read-only value", "Skrivebeskyttet værdi"),
  ...INTERACTION_ISSUE_TITLES,
};

/** The short title of an issue code; a conflict is "Conflict"; an unknown code reads as words, never as a code. */
export function issueTitle(code: string, lang: Lang): string {
  const texts = Object.hasOwn(ISSUE_TITLES, code) ? ISSUE_TITLES[code] : undefined;
  if (texts !== undefined) return texts[lang];
  if (code.startsWith("CONFLICT_")) return lang === "da" ? "Konflikt" : "Conflict";
  const words = code.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
