/**
 * How Excel turns input into cell content. Strings (typed by a person or written through `Range.values`) are
 * read the way Excel reads typed input unless the cell's number format is "@" (Text):
 * numeric text → number, TRUE/FALSE → boolean, ISO date → date serial, a leading "=" (or "+"/"-" before
 * non-numeric text) → formula, a leading apostrophe → the rest as text, "" → empty.
 * Numbers and booleans written through the API stay what they are.
 *
 * Percentages: "15%" in a General cell becomes 0.15 with format "0%" ("12.5%" → "0.00%", the sim's choice); a cell
 * with another format keeps it. A plain number typed into a cell that already has a percentage format is divided by
 * 100 too ("Enable automatic percent entry", on by default), except a fraction typed without its leading zero (".1"
 * stays 0.1): Microsoft KB 215203 (archived at https://mskb.pkisolutions.com/kb/215203).
 */
import type { CellValue } from "../../../src/workbook";
import { SimError } from "./simError";

export const GENERAL = "General";
export const TEXT_FORMAT = "@";
/** The sim never evaluates formulas: every formula reads as this error value. */
export const FORMULA_VALUE = "#NAME?";
/** Number format the sim gives a General cell that receives a typed date (Excel uses the locale's short date). */
export const DATE_FORMAT = "yyyy-mm-dd";

export interface CellContent {
  value: CellValue;
  /** Formula text including "=", or undefined for constants. */
  formula: string | undefined;
  /** Set when the input was a date or a percentage and the cell had General format. */
  numberFormat?: string;
}

/** A number format that shows percentages (a "%" outside quotes). */
export function isPercentFormat(numberFormat: string): boolean {
  return numberFormat.replace(/"[^"]*"/g, "").includes("%");
}

/**
 * How the host reads typed input: Windows' regional settings decide the decimal and thousands separators and the
 * order of day and month (Microsoft Support: "Change the character used to separate thousands or decimals" and
 * "Format a date the way you want", support.microsoft.com; the exact page addresses were not checked here), and the
 * booleans are the language's (TRUE/FALSE, in Danish SAND/FALSK). A date typed without a year takes the current year.
 */
export interface InputLocale {
  locale: "en-US" | "da-DK";
  /** The current year, for dates typed without one. */
  year: number;
}

export const EN_US: InputLocale = { locale: "en-US", year: 2026 };

const NUMBER_EN = /^[+-]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;
const NUMBER_DA = /^[+-]?(?:\d+(?:\.\d{3})*(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day and month (en-US: month first) with an optional year: 1-2, 1/2/2026; Danish also 1.2 and 1.2.2026. */
const SHORT_DATE_EN = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{4}))?$/;
const SHORT_DATE_DA = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}))?$/;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function parseNumber(text: string, input: InputLocale): number | null {
  const da = input.locale === "da-DK";
  if (!(da ? NUMBER_DA : NUMBER_EN).test(text)) return null;
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1) : text;
  const n = Number(da ? body.replace(/\./g, "").replace(",", ".") : body.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/**
 * Excel's date serial (days since 1899-12-30) for a valid y-m-d, else null. Excel's 1900 date system has no day
 * before 1900-01-01 nor after 9999-12-31: such input stays text ("Date systems in Excel", support.microsoft.com).
 */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - EXCEL_EPOCH_MS) / DAY_MS);
}

/** A typed date as a serial: ISO, or day and month in the locale's order (the current year when none is given). */
function typedDate(text: string, input: InputLocale): number | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const da = input.locale === "da-DK";
  const short = (da ? SHORT_DATE_DA : SHORT_DATE_EN).exec(text);
  if (!short) return null;
  const [a, b] = [Number(short[1]), Number(short[3])];
  const year = short[4] === undefined ? input.year : Number(short[4]);
  return da ? dateSerial(year, b, a) : dateSerial(year, a, b);
}

/** Reads text the way Excel reads typed input into a cell with the given number format, in the host's locale. */
export function contentFromText(text: string, numberFormat: string, input: InputLocale = EN_US): CellContent {
  if (text === "") return { value: "", formula: undefined };
  if (numberFormat === TEXT_FORMAT) return { value: text, formula: undefined };
  if (text.startsWith("'")) return { value: text.slice(1), formula: undefined };
  if (text.startsWith("=") && text.length > 1) return { value: FORMULA_VALUE, formula: text };
  const trimmed = text.trim();
  const n = parseNumber(trimmed, input);
  if (n !== null) {
    if (trimmed.endsWith("%")) {
      if (numberFormat !== GENERAL) return { value: n, formula: undefined };
      return { value: n, formula: undefined, numberFormat: /[.,]/.test(trimmed) ? "0.00%" : "0%" };
    }
    // Automatic percent entry: 15 typed into a "0%" cell means 15 %; ".5" (no leading zero) already is a fraction.
    if (isPercentFormat(numberFormat) && !/^[+-]?[.,]/.test(trimmed)) return { value: n / 100, formula: undefined };
    // A leading "+" makes a formula of the number (Range.values: "If the returned value starts with a plus (+) ...
    // Excel interprets this value as a formula"): it shows the number, the formula keeps the sign.
    if (trimmed.startsWith("+")) return { value: n, formula: `=${trimmed}` };
    return { value: n, formula: undefined };
  }
  const upper = trimmed.toUpperCase();
  const [yes, no] = input.locale === "da-DK" ? ["SAND", "FALSK"] : ["TRUE", "FALSE"];
  if (upper === yes || upper === no) return { value: upper === yes, formula: undefined };
  const serial = typedDate(trimmed, input);
  if (serial !== null) {
    return numberFormat === GENERAL
      ? { value: serial, formula: undefined, numberFormat: DATE_FORMAT }
      : { value: serial, formula: undefined };
  }
  // "+…", "-…" and "@…" (the implicit intersection operator) start a formula; the sim evaluates none: #NAME?.
  if ((text.startsWith("+") || text.startsWith("-")) && trimmed.length > 1) {
    return { value: FORMULA_VALUE, formula: `=${text}` };
  }
  if (text.startsWith("@") && trimmed.length > 1) return { value: FORMULA_VALUE, formula: `=${text}` };
  return { value: text, formula: undefined };
}

/** Content for a value written through `Range.values`; null/undefined means "leave the cell unchanged". */
export function contentFromApiValue(
  value: unknown,
  numberFormat: string,
  input: InputLocale = EN_US,
): CellContent | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return contentFromText(value, numberFormat, input);
  if (typeof value === "number" && Number.isFinite(value)) return { value, formula: undefined };
  if (typeof value === "boolean") return { value, formula: undefined };
  throw SimError.invalidArgument(`Cell values must be strings, finite numbers or booleans, not ${String(value)}.`);
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueType(value: CellValue, formula: string | undefined): ValueType {
  if (formula !== undefined && value === FORMULA_VALUE) return "Error";
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}
