/** Turns an issue code and its parameters into text in the user's language (catalog: messageCatalog.ts). */
import { FIELD_LABELS, MESSAGES } from "./messageCatalog";
import { quoteValue } from "./quoteValue";
import type { Issue, IssueParams, Lang, Severity } from "./records";

const PLACEHOLDER = /\{(\w+)\}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function paramText(name: string, params: IssueParams, lang: Lang): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (name === "field") return FIELD_LABELS[String(value)]?.[lang] ?? String(value);
  // PS12: a number reads as the language writes it (12,5 in Danish); the value of a number field too.
  if (typeof value === "number") return numberText(value, lang);
  // PS10: a date reads as the language writes it (01-05-2026 in Danish, as Danish Excel shows it).
  if (lang === "da" && typeof value === "string" && ISO_DATE.test(value)) return value.split("-").reverse().join("-");
  if (name === "value" || name === "text") return quoteValue(String(value), lang);
  return String(value);
}

/** A number as the language writes its decimal mark: 12.5 in English, 12,5 in Danish (no grouping, as typed). */
export function numberText(value: number, lang: Lang): string {
  const text = String(value);
  return lang === "da" ? text.replace(".", ",") : text;
}

/** The message for `code`; an unknown code gives the code itself plus its params. Never throws. */
export function formatMessage(code: string, params: IssueParams, lang: Lang): string {
  const texts = Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : undefined;
  if (texts === undefined) {
    const entries = Object.entries(params).map(([k, v]) => `${k}=${String(v)}`);
    return entries.length === 0 ? code : `${code} (${entries.join(", ")})`;
  }
  // A missing parameter leaves its placeholder visible instead of printing "undefined".
  return texts[lang].replace(PLACEHOLDER, (whole, name: string) => paramText(name, params, lang) ?? whole);
}

/** Builds an Issue with its message already formatted. */
export function makeIssue(
  row: number,
  field: string,
  code: string,
  severity: Severity,
  params: IssueParams,
  lang: Lang,
): Issue {
  return { row, field, code, severity, params, message: formatMessage(code, params, lang) };
}

/** Every code in the catalog. */
export function messageCodes(): string[] {
  return Object.keys(MESSAGES);
}
