/**
 * Cells of one table row ⇄ one record. The only code that reads or writes a bound table's cells by field.
 * Parsing never guesses: a cell that cannot be read becomes an issue and leaves the field at its blank value.
 */
import type { Issue, Lang } from "../domain/types";
import type { CellValue } from "../workbook/workbookPort";
import { isoToSerial } from "./excelSerial";
import { booleanMessage, dateMessage, numberMessage } from "./messages";
import { parseBoolean } from "./parseBoolean";
import { parseDate } from "./parseDate";
import { parseNumber } from "./parseNumber";
import type { ColumnDef, ColumnMap, FieldType, ParsedRow, SheetSchema } from "./types";

type FieldValue = string | number | boolean;
type CellResult = { ok: true; value: FieldValue } | { ok: false; code: string; message: string };

/** Between fields in canonical text, and before the raw text of a cell that could not be read. */
const SEPARATOR = "\u001f";
const UNREADABLE = "\u0001";

export function parseRow<R>(
  schema: SheetSchema<R>,
  cells: readonly CellValue[],
  map: ColumnMap,
  lang: Lang,
): ParsedRow<R> {
  const record = schema.blank() as Record<string, FieldValue>;
  const issues: Issue[] = [];
  const parts: string[] = [];
  let blank = true;
  for (const column of schema.columns) {
    const index = map.fields.get(column.field);
    const raw: CellValue = index === undefined ? "" : (cells[index] ?? "");
    if (blank && !isBlankCell(raw)) blank = false;
    const result = parseCell(column.type, raw, lang);
    if (result.ok) {
      record[column.field] = result.value;
      parts.push(canonical(column.type, result.value));
    } else {
      issues.push(cellIssue(column, raw, result.code, result.message));
      parts.push(UNREADABLE + String(raw));
    }
  }
  return {
    record: record as R,
    rowId: String(cells[map.rowId] ?? "").trim(),
    rowVersion: parseRowVersion(cells[map.rowVersion] ?? ""),
    blank,
    issues,
    cellText: parts.join(SEPARATOR),
  };
}

/**
 * The schema cells of a record, in schema order: codes and text as strings, dates as Excel serials ("" when
 * empty), booleans as booleans, numbers as numbers. A value that cannot be formatted (e.g. a malformed date
 * from an old store) is written as its text, so nothing is lost and the next parse reports it.
 */
export function formatRow<R>(schema: SheetSchema<R>, record: R): CellValue[] {
  const fields = record as Record<string, unknown>;
  return schema.columns.map((column) => formatCell(column.type, fields[column.field]));
}

/** Canonical text of a record; equals parseRow(…).cellText of a row that parsed to it without issues. */
export function recordText<R>(schema: SheetSchema<R>, record: R): string {
  const fields = record as Record<string, unknown>;
  return schema.columns
    .map((column) => {
      const value = fields[column.field];
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? canonical(column.type, value)
        : UNREADABLE;
    })
    .join(SEPARATOR);
}

function parseCell(type: FieldType, raw: CellValue, lang: Lang): CellResult {
  switch (type) {
    case "code":
      return { ok: true, value: cellText(raw).toUpperCase() };
    case "text":
      return { ok: true, value: cellText(raw) };
    case "date": {
      const r = parseDate(raw, lang);
      return r.ok ? r : { ok: false, code: "INVALID_DATE", message: dateMessage(r.reason, cellText(raw), lang) };
    }
    case "boolean": {
      const r = parseBoolean(raw, lang);
      return r.ok ? r : { ok: false, code: "INVALID_BOOLEAN", message: booleanMessage(r.reason, cellText(raw), lang) };
    }
    case "number":
    case "integer": {
      const r = parseNumber(raw, lang);
      if (!r.ok) return { ok: false, code: "INVALID_NUMBER", message: numberMessage(r.reason, cellText(raw), lang) };
      if (type === "integer" && !Number.isInteger(r.value)) {
        return { ok: false, code: "INVALID_NUMBER", message: numberMessage("notWhole", cellText(raw), lang) };
      }
      return r;
    }
  }
}

function formatCell(type: FieldType, value: unknown): CellValue {
  switch (type) {
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
      return typeof value === "number" ? value : value === undefined || value === null ? 0 : String(value);
  }
}

function canonical(type: FieldType, value: FieldValue): string {
  if (type === "boolean") return value === true ? "1" : value === false ? "0" : UNREADABLE + String(value);
  return String(value);
}

/** A cell as trimmed text (Excel's booleans as TRUE/FALSE); also how a value is quoted in messages and params. */
function cellText(raw: CellValue): string {
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw);
}

function isBlankCell(raw: CellValue): boolean {
  return raw === "" || (typeof raw === "string" && raw.trim() === "");
}

function cellIssue(column: ColumnDef, raw: CellValue, code: string, message: string): Issue {
  // The add-in rewrites read-only columns itself, so a bad value there must not block the row.
  return {
    row: 0,
    field: column.field,
    code,
    severity: column.readOnly ? "warning" : "error",
    params: { value: cellText(raw) },
    message,
  };
}

/** Hidden column: a whole number ≥ 0, anything else reads as 0 (no issue: users do not edit it). */
function parseRowVersion(raw: CellValue): number {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 0 ? raw : 0;
  if (typeof raw === "string" && /^\s*\d{1,15}\s*$/.test(raw)) return Number(raw);
  return 0;
}
