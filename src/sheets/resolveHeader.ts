/**
 * Finding a bound table's columns from its header. Users move columns, add their own and switch Office
 * language, so each column is found by its caption in either language (case-insensitive, spaces trimmed);
 * position is never used. Every schema column and every system column must be found exactly once. The other
 * columns (the user's own, or Excel's "Column1"… after a paste wider than the table) are listed in `extra`.
 */
import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { headerDuplicateMessage, headerMissingMessage } from "./cellMessages";
import { SYSTEM_COLUMNS } from "./schemas";
import type { Caption, ColumnMap, ExtraColumn, HeaderProblem, SheetSchema } from "./schemaTypes";

export interface HeaderResult {
  /** null when any problem was found: the sheet cannot be read safely. */
  map: ColumnMap | null;
  problems: HeaderProblem[];
}

/** The form captions are compared in: NFC, single spaces, trimmed, lower-case. */
export function normalizeCaption(value: CellValue): string {
  return String(value).normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Excel's names for columns a table grows by: "Column1" (English), "Kolonne1" (Danish). */
const AUTO_NAMED = /^(?:Column|Kolonne)\d+$/i;

export function resolveHeader<R>(schema: SheetSchema<R>, header: readonly CellValue[], lang: Lang): HeaderResult {
  const positions = new Map<string, number[]>();
  header.forEach((cell, i) => {
    const key = normalizeCaption(cell);
    if (key === "") return;
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  });

  const problems: HeaderProblem[] = [];
  const locate = (caption: Caption, system: boolean, optional = false): number => {
    const keys = new Set([normalizeCaption(caption.en), normalizeCaption(caption.da)]);
    const found = [...keys].flatMap((k) => positions.get(k) ?? []).sort((a, b) => a - b);
    const shown = caption[lang];
    if (found.length === 0 && optional) return -1;
    if (found.length === 0) {
      problems.push({ code: "HEADER_MISSING", caption: shown, message: headerMissingMessage(shown, system, lang) });
      return -1;
    }
    if (found.length > 1) {
      const texts = found.map((i) => String(header[i]).trim());
      problems.push({ code: "HEADER_DUPLICATE", caption: shown, message: headerDuplicateMessage(shown, texts, lang) });
      return -1;
    }
    return found[0] ?? -1;
  };

  const fields = new Map<string, number>();
  for (const column of schema.columns) fields.set(column.field, locate(column.caption, false));
  const status = locate(SYSTEM_COLUMNS.status.caption, true);
  const rowId = locate(SYSTEM_COLUMNS.rowId.caption, true);
  const rowVersion = locate(SYSTEM_COLUMNS.rowVersion.caption, true);
  // Tables made before the base column existed are read without it.
  const rowBase = locate(SYSTEM_COLUMNS.rowBase.caption, true, true);
  if (problems.length > 0) return { map: null, problems };
  const known = new Set([...fields.values(), status, rowId, rowVersion, rowBase]);
  const extra: ExtraColumn[] = [];
  header.forEach((cell, index) => {
    // Only columns Excel made up when a paste was wider than the table: a user's own titled column
    // (notes, a formula) is theirs and is left alone.
    const caption = String(cell).trim();
    if (!known.has(index) && (caption === "" || AUTO_NAMED.test(caption)))
      extra.push({ index, caption: caption || `#${index + 1}` });
  });
  return { map: { fields, status, rowId, rowVersion, rowBase, width: header.length, extra }, problems };
}
