/**
 * One cell ⇄ one field value, by the column's type. Parsing returns the value or a failure with its message;
 * formatting returns what the cell should hold. rowCodec handles blank cells, issues and whole rows.
 */
import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { isoToSerial } from "./excelSerial";
import {
  booleanMessage,
  dateMessage,
  invisibleMessage,
  numberMessage,
  optionMessage,
  percentMessage,
} from "./cellMessages";
import { firstInvisible, hasInvisible, stripPadding } from "./invisibleChars";
import { parseBoolean } from "./parseBoolean";
import { parseDate } from "./parseDate";
import { parseNumber } from "./parseNumber";
import { parseOption } from "./parseOption";
import { parsePercent } from "./parsePercent";
import type { ColumnDef, FieldType } from "./schemaTypes";

// Hot paths use operators ("" + x, +s, x % 1) rather than String/Number/Number.isInteger: every global lookup
// costs ~0.2 µs inside jest's VM context, which is most of a 100,000-row parse there (README, Speed).

export type FieldValue = string | number | boolean;
export type CellResult = { ok: true; value: FieldValue } | { ok: false; code: string; message: string };

/** Marks the raw text of a cell that could not be read, in canonical text. */
export const UNREADABLE = "\u0001";

/** A non-blank cell as a field value. `numberFormat` is used by percent columns only. */
export function parseCell(column: ColumnDef, raw: CellValue, lang: Lang, numberFormat: string): CellResult {
  switch (column.type) {
    case "code": {
      const text = cellText(raw);
      if (!hasInvisible(text)) return { ok: true, value: text.toUpperCase() };
      // PS7: invisible padding is stripped; an invisible character inside the code is named.
      const code = stripPadding(text);
      const inside = firstInvisible(code, lang);
      if (!inside) return { ok: true, value: code.toUpperCase() };
      const message = invisibleMessage(code, column.caption[lang], inside.name, inside.before, lang);
      return { ok: false, code: "INVISIBLE_CHARACTER", message };
    }
    case "text":
      return { ok: true, value: cellText(raw) };
    case "date": {
      const r = parseDate(raw, lang);
      return r.ok ? r : { ok: false, code: "INVALID_DATE", message: dateMessage(r.reason, shownDate(raw, lang), lang) };
    }
    case "boolean": {
      const r = parseBoolean(raw, lang);
      return r.ok ? r : { ok: false, code: "INVALID_BOOLEAN", message: booleanMessage(r.reason, cellText(raw), lang) };
    }
    case "number":
    case "integer": {
      const r = parseNumber(raw, lang);
      if (!r.ok) return { ok: false, code: "INVALID_NUMBER", message: numberMessage(r.reason, cellText(raw), lang) };
      if (column.type === "integer" && r.value % 1 !== 0) {
        return { ok: false, code: "INVALID_NUMBER", message: numberMessage("notWhole", cellText(raw), lang) };
      }
      return r;
    }
    case "percent": {
      const r = parsePercent(raw, lang, numberFormat);
      return r.ok ? r : { ok: false, code: "INVALID_NUMBER", message: percentMessage(r.reason, cellText(raw), lang) };
    }
    case "option": {
      const r = parseOption(raw, column.options);
      if (r.ok) return r;
      const allowed = column.options.map((o) => o.caption[lang]);
      return {
        ok: false,
        code: "INVALID_OPTION",
        message: optionMessage(cellText(raw), column.caption[lang], allowed, lang),
      };
    }
  }
}

/**
 * What a cell holds for a field value: codes, text and options (their caption) as strings, dates as Excel serials
 * ("" when empty), booleans as booleans, numbers and percent points as numbers. A value that cannot be formatted
 * (a malformed stored date, an unknown option) is written as its text, so nothing is lost and the next parse reports it.
 */
export function formatCell(column: ColumnDef, value: unknown, lang: Lang): CellValue {
  switch (column.type) {
    case "code":
    case "text":
      return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
    case "date": {
      if (value === "" || value === undefined || value === null) return "";
      const serial = typeof value === "string" ? isoToSerial(value) : NaN;
      return Number.isNaN(serial) ? String(value) : serial;
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === undefined || value === null ? false : String(value);
    case "number":
    case "integer":
    case "percent":
      return typeof value === "number" ? value : value === undefined || value === null ? 0 : String(value);
    case "option": {
      const option = column.options.find((o) => o.value === value);
      return option ? option.caption[lang] : value === undefined || value === null ? "" : String(value);
    }
  }
}

/** The text a field value contributes to a row's canonical text. */
export function canonical(type: FieldType, value: FieldValue): string {
  if (type === "boolean") return value === true ? "1" : value === false ? "0" : UNREADABLE + value;
  return "" + value;
}

/** A cell as trimmed text (Excel's booleans as TRUE/FALSE); also how a value is quoted in messages and params. */
export function cellText(raw: CellValue): string {
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return "" + raw;
}

export function isBlankCell(raw: CellValue): boolean {
  return raw === "" || (typeof raw === "string" && raw.trim() === "");
}

/** Excel's serial 60: the day 1900-02-29, which Excel shows but which never existed. */
const FAKE_LEAP_SERIAL = 60;

/** A date cell as the person's Excel shows it, for a message: never a serial the person did not type (PS10). */
function shownDate(raw: CellValue, lang: Lang): string {
  if (typeof raw === "number" && Math.floor(raw) === FAKE_LEAP_SERIAL)
    return lang === "da" ? "29-02-1900" : "1900-02-29";
  return cellText(raw);
}
