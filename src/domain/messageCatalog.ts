/**
 * Every user-facing message, in English and Danish. Each template says what is wrong and what to do next.
 * `{name}` is replaced by the issue parameter `name`; `{field}` is shown as the field's label in the
 * user's language (FIELD_LABELS). Messages never print batch row indexes (params.otherRow is one): the
 * caller knows the sheet row and can add it.
 */
import type { Lang } from "./types";

export type Texts = Readonly<Record<Lang, string>>;

export const MESSAGES: Readonly<Record<string, Texts>> = {
  KEY_REQUIRED: {
    en: "{field} is missing. Enter a {field} for this row.",
    da: "{field} mangler. Udfyld {field} for denne række.",
  },
  CODE_TOO_LONG: {
    en: '{field} "{value}" has {length} characters, but at most {max} are allowed. Shorten it.',
    da: '{field} "{value}" har {length} tegn, men der er højst plads til {max}. Forkort værdien.',
  },
  CODE_INVALID_CHARS: {
    en: "{field} contains control characters such as line breaks or tabs. Remove them.",
    da: "{field} indeholder kontroltegn som linjeskift eller tabulatorer. Fjern dem.",
  },
  TEXT_TOO_LONG: {
    en: "{field} has {length} characters, but at most {max} are allowed. Shorten the text.",
    da: "{field} har {length} tegn, men der er højst plads til {max}. Forkort teksten.",
  },
  DUPLICATE_KEY: {
    en: "{field} {key} is used in more than one row. Give each row a unique {field}, or delete the extra row.",
    da: "{field} {key} bruges i mere end én række. Giv hver række en unik værdi i {field}, eller slet den overskydende række.",
  },
  INVALID_DATE: {
    en: '{field} "{value}" is not a valid date. Enter it as YYYY-MM-DD, for example 2026-05-01, or leave it blank.',
    da: '{field} "{value}" er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-05-01, eller lad feltet stå tomt.',
  },
  CAMPAIGN_DATES_ORDER: {
    en: "Starting date {startingDate} is after ending date {endingDate}. Change one of the dates.",
    da: "Startdatoen {startingDate} ligger efter slutdatoen {endingDate}. Ret en af datoerne.",
  },
  UNKNOWN_STATUS: {
    en: "Campaign status {code} does not exist. Choose an existing status, or create {code} first.",
    da: "Kampagnestatus {code} findes ikke. Vælg en eksisterende status, eller opret {code} først.",
  },
  UNKNOWN_SALESPERSON: {
    en: "Salesperson {code} does not exist. Choose an existing salesperson, or create {code} first.",
    da: "Sælger {code} findes ikke. Vælg en eksisterende sælger, eller opret {code} først.",
  },
  SALESPERSON_BLOCKED: {
    en: "Salesperson {code} is blocked. Choose another salesperson, or remove the block on {code}.",
    da: "Sælger {code} er spærret. Vælg en anden sælger, eller fjern spærringen af {code}.",
  },
  INVALID_EMAIL: {
    en: '"{value}" does not look like an e-mail address. Check it; it should look like name@example.com.',
    da: '"{value}" ligner ikke en e-mailadresse. Kontrollér den; den skal have formen navn@eksempel.dk.',
  },
  NUMBER_SERIES_NO_DIGITS: {
    en: '{field} "{value}" contains no digits, so the next number cannot be counted up. Use a number such as CP0001.',
    da: '{field} "{value}" indeholder ingen cifre, så det næste nummer kan ikke tælles op. Brug et nummer som CP0001.',
  },
  MANUAL_NO_NOT_ALLOWED: {
    en: "Number series {series} does not allow manual numbers. Leave {field} blank to get the next number, or allow manual numbers on {series}.",
    da: "Nummerserien {series} tillader ikke manuelle numre. Lad {field} stå tomt for at få det næste nummer, eller tillad manuelle numre i {series}.",
  },
  CAMPAIGN_GONE: {
    en: "Campaign {no} was deleted or renumbered meanwhile (in the sheet or by someone else). Select it again in the list.",
    da: "Kampagne {no} er blevet slettet eller omnummereret imens (i arket eller af en anden). Vælg den igen på listen.",
  },
  DATE_FORMULA_SYNTAX: {
    en: 'Date formula "{formula}" is not valid. Use terms such as 10D, 2W, 1M+CM, -CW, D15 or WD1.',
    da: 'Datoformlen "{formula}" er ugyldig. Brug led som 10D, 2W, 1M+CM, -CW, D15 eller WD1.',
  },
  DATE_OUT_OF_RANGE: {
    en: 'Date formula "{formula}" from {baseDate} gives a date outside 0001–9999. Use a shorter period.',
    da: 'Datoformlen "{formula}" fra {baseDate} giver en dato uden for 0001–9999. Brug en kortere periode.',
  },
};

/** Labels for record field names, used where a template says `{field}`. Unknown fields show their name. */
export const FIELD_LABELS: Readonly<Record<string, Texts>> = {
  code: { en: "Code", da: "Kode" },
  no: { en: "No.", da: "Nr." },
  description: { en: "Description", da: "Beskrivelse" },
  name: { en: "Name", da: "Navn" },
  email: { en: "E-mail", da: "E-mail" },
  blocked: { en: "Blocked", da: "Spærret" },
  startingDate: { en: "Starting date", da: "Startdato" },
  endingDate: { en: "Ending date", da: "Slutdato" },
  salespersonCode: { en: "Salesperson code", da: "Sælgerkode" },
  statusCode: { en: "Status code", da: "Statuskode" },
  lastDateModified: { en: "Last date modified", da: "Rettet den" },
  startingNo: { en: "Starting no.", da: "Startnr." },
  lastNoUsed: { en: "Last no. used", da: "Sidst anvendte nr." },
  manualNos: { en: "Manual nos.", da: "Manuelle numre" },
  dateFormula: { en: "Date formula", da: "Datoformel" },
};
