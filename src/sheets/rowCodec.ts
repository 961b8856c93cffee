/**
 * Cells of one table row ⇄ one record. The only code that reads or writes a bound table's cells by field.
 * Parsing never guesses: a cell that cannot be read becomes an issue and leaves the field at its blank value.
 */
import type { Issue, Lang } from "../domain";
import type { CellValue } from "../workbook";
import { UNREADABLE, canonical, cellText, formatCell, isBlankCell, parseCell } from "./cellCodec";
import type { FieldValue } from "./cellCodec";
import {
  excelErrorMessage,
  extraColumnMessage,
  extraColumnsMessage,
  numberShowsDateMessage,
  pastedHeaderMessage,
} from "./cellMessages";
import { serialToIso } from "./excelSerial";
import { isExcelErrorText } from "./excelErrors";
import { normalizeCaption } from "./resolveHeader";
import { SYSTEM_COLUMNS } from "./schemas";
import type { CellKind, ColumnDef, ColumnMap, ExtraColumn, ParsedRow, SheetSchema } from "./schemaTypes";

/** Between fields in canonical text. */
const SEPARATOR = "\u001f";

/**
 * One row of cells as a record. `formats(colIndex)` gives a cell's Excel number format ("" when unknown); only
 * percent columns use it (a "%" format means the cell holds a fraction). A blank cell leaves its field at the
 * schema's blank value; `schema.fixed` is applied to every record. Values in columns the schema does not know
 * are EXTRA_COLUMN_IGNORED warnings; a row repeating the column captions is one PASTED_HEADER_ROW error.
 */
export function parseRow<R>(
  schema: SheetSchema<R>,
  cells: readonly CellValue[],
  map: ColumnMap,
  lang: Lang,
  formats?: (colIndex: number) => string,
  kinds?: (colIndex: number) => CellKind | undefined,
): ParsedRow<R> {
  const columns = schema.columns;
  const record = schema.blank() as Record<string, FieldValue>;
  const fixed = schema.fixed as Record<string, FieldValue> | undefined;
  if (fixed) for (const field in fixed) record[field] = fixed[field] as FieldValue;
  const rowId = cellText(cells[map.rowId] ?? "");
  const rowVersion = parseRowVersion(cells[map.rowVersion] ?? "");
  const { rowBase, rowLineage } = baseParts(map.rowBase < 0 ? "" : cellText(cells[map.rowBase] ?? ""));

  const indices = indicesFor(schema, map);
  const raws: CellValue[] = [];
  const blanks: boolean[] = [];
  let filled = 0;
  let first = -1;
  for (let i = 0; i < columns.length; i++) {
    const index = indices[i] as number;
    const raw = index < 0 ? "" : (cells[index] ?? "");
    raws[i] = raw;
    const blank = isBlankCell(raw);
    blanks[i] = blank;
    if (!blank) {
      filled++;
      if (first < 0) first = i;
    }
  }
  if (filled >= 2 && isPastedHeader(schema, raws, first)) {
    const issue: Issue = {
      row: 0,
      field: "",
      code: "PASTED_HEADER_ROW",
      severity: "error",
      params: {},
      message: pastedHeaderMessage(lang),
    };
    // The row-id cell of a pasted header holds a caption, not an id.
    const idCaption = SYSTEM_COLUMNS.rowId.caption;
    const id = [idCaption.en, idCaption.da].some((c) => normalizeCaption(c) === normalizeCaption(rowId)) ? "" : rowId;
    const text = raws.map((raw) => UNREADABLE + raw).join(SEPARATOR);
    return {
      record: record as R,
      rowId: id,
      rowVersion,
      rowBase,
      rowLineage,
      blank: false,
      issues: [issue],
      cellText: text,
    };
  }

  const issues: Issue[] = [];
  const parts: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ColumnDef;
    const raw = raws[i] as CellValue;
    if (blanks[i]) {
      parts[i] = canonical(column.type, record[column.field] as FieldValue);
      continue;
    }
    const kind = kinds?.(indices[i] as number);
    if (kind === "date" && typeof raw === "number" && NUMBER_TYPES.has(column.type)) {
      issues.push(dateInNumberCell(column, raw, lang));
      parts[i] = UNREADABLE + raw;
      continue;
    }
    if (isExcelErrorText(raw)) {
      const shown = errorCell(column, raw, lang, kind === "error");
      if (shown) {
        issues.push(shown);
        if (shown.severity === "warning") record[column.field] = raw; // kept exactly: the text the cell shows
        parts[i] = shown.severity === "warning" ? canonical(column.type, raw) : UNREADABLE + raw;
        continue;
      }
    }
    const format = column.type === "percent" && formats ? formats(indices[i] as number) : "";
    const result = parseCell(column, raw, lang, format);
    if (result.ok) {
      record[column.field] = result.value;
      parts[i] = canonical(column.type, result.value);
    } else {
      issues.push(cellIssue(column, raw, result.code, result.message));
      parts[i] = UNREADABLE + raw;
    }
  }
  if (filled > 0 && map.extra.length > 0) {
    const extras = map.extra.filter((extra) => !isBlankCell(cells[extra.index] ?? ""));
    if (extras.length > 0) issues.push(extraIssue(extras, cells, lang));
  }
  const text = parts.join(SEPARATOR);
  return { record: record as R, rowId, rowVersion, rowBase, rowLineage, blank: filled === 0, issues, cellText: text };
}

const NO_LINEAGE: readonly string[] = Object.freeze([]);

/** A base cell's hash and the older hashes after it; a cell with one hash or none shares the empty lineage. */
function baseParts(text: string): { rowBase: string; rowLineage: readonly string[] } {
  if (!/\s/.test(text)) return { rowBase: text, rowLineage: NO_LINEAGE };
  const [rowBase = "", ...rowLineage] = text.split(/\s+/);
  return { rowBase, rowLineage };
}

/** The schema cells of a record, in schema order; option values are written as their caption in `lang`. */
export function formatRow<R>(schema: SheetSchema<R>, record: R, lang: Lang = "en"): CellValue[] {
  const fields = record as Record<string, unknown>;
  return schema.columns.map((column) => formatCell(column, fields[column.field], lang));
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

const indexCache = new WeakMap<ColumnMap, { schema: object; indices: readonly number[] }>();

/** Table column of each schema column (-1 when absent), computed once per header resolution. */
function indicesFor<R>(schema: SheetSchema<R>, map: ColumnMap): readonly number[] {
  const cached = indexCache.get(map);
  if (cached && cached.schema === schema) return cached.indices;
  const indices = schema.columns.map((c) => map.fields.get(c.field) ?? -1);
  indexCache.set(map, { schema, indices });
  return indices;
}

const captionSets = new WeakMap<object, ReadonlySet<string>>();
/** Text whose caption form may differ from trim + lower-case: runs of spaces, odd spaces, decomposed letters. */
const NEEDS_NORMALIZING = /\s\s|[^\x20-\x7e\u00a1-\u00ff]/;

/** Every non-blank schema cell is one of the schema's captions (either language): a header pasted with its data. */
function isPastedHeader<R>(schema: SheetSchema<R>, raws: readonly CellValue[], first: number): boolean {
  let captions = captionSets.get(schema);
  if (!captions) {
    captions = new Set(schema.columns.flatMap((c) => [normalizeCaption(c.caption.en), normalizeCaption(c.caption.da)]));
    captionSets.set(schema, captions);
  }
  const set = captions;
  const isCaption = (raw: CellValue) =>
    typeof raw === "string" &&
    (set.has(raw.trim().toLowerCase()) || (NEEDS_NORMALIZING.test(raw) && set.has(normalizeCaption(raw))));
  // Cheap rejection first: in a body row the first filled cell is almost never a caption.
  if (!isCaption(raws[first] as CellValue)) return false;
  return raws.every((raw) => isBlankCell(raw) || isCaption(raw));
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

/** PS4: one warning per row for its values in columns the table does not know; several are counted, not listed. */
const NUMBER_TYPES: ReadonlySet<string> = new Set(["number", "integer", "percent"]);

/** PS12: a number cell that Excel turned into a date (Danish "1.5" is 1 May): an error naming the date it shows. */
function dateInNumberCell(column: ColumnDef, serial: number, lang: Lang): Issue {
  const iso = serialToIso(serial) ?? String(serial);
  const shown = lang === "da" ? iso.split("-").reverse().join("-") : iso;
  return {
    row: 0,
    field: column.field,
    code: "NUMBER_SHOWS_DATE",
    severity: column.readOnly ? "warning" : "error",
    params: { value: shown },
    message: numberShowsDateMessage(shown, column.caption[lang], lang),
  };
}

/**
 * PS6: a cell showing an Excel error value. A text column stores the text it shows, with a warning, when the cell
 * really holds the error (`isError`; text someone typed is just text); any other column cannot use it: an error that
 * says so (never "letters or symbols").
 */
function errorCell(column: ColumnDef, raw: string, lang: Lang, isError: boolean): Issue | null {
  const text = column.type === "text";
  if (text && !isError) return null;
  if (column.type === "code" && !isError) return null;
  return {
    row: 0,
    field: column.field,
    code: "EXCEL_ERROR_VALUE",
    severity: text || column.readOnly ? "warning" : "error",
    params: { value: raw },
    message: excelErrorMessage(raw, column.caption[lang], text, lang),
  };
}

function extraIssue(extras: readonly ExtraColumn[], cells: readonly CellValue[], lang: Lang): Issue {
  const first = extras[0] as ExtraColumn;
  const last = extras[extras.length - 1] as ExtraColumn;
  if (extras.length > 1) {
    const count = extras.length;
    return {
      row: 0,
      field: "",
      code: "EXTRA_COLUMN_IGNORED",
      severity: "warning",
      params: { count, column: first.caption, lastColumn: last.caption },
      message: extraColumnsMessage(count, first.caption, last.caption, lang),
    };
  }
  const caption = first.caption;
  const value = cellText(cells[first.index] ?? "");
  return {
    row: 0,
    field: "",
    code: "EXTRA_COLUMN_IGNORED",
    severity: "warning",
    params: { value, column: caption },
    message: extraColumnMessage(value, caption, lang),
  };
}

/** Hidden column: a whole number ≥ 0, anything else reads as 0 (no issue: users do not edit it). */
function parseRowVersion(raw: CellValue): number {
  if (typeof raw === "number") return raw >= 0 && raw % 1 === 0 ? raw : 0; // NaN and Infinity fail too
  if (typeof raw === "string" && /^\s*\d{1,15}\s*$/.test(raw)) return +raw;
  return 0;
}
