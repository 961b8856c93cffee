/**
 * Three-way merge of one row, field by field (issue #11): a field changed on one side only takes that side; the
 * same field changed on both sides to different values is a conflict. Over the fields the content hash covers
 * (read-only, derived columns are the add-in's and follow the result).
 */
import type { SheetSchema } from "../../sheets";
import type { ConflictField } from "./conflicts";

type Fields = Readonly<Record<string, unknown>>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));

export function mergeRow<R>(
  schema: SheetSchema<R>,
  base: Fields,
  sheet: Fields,
  stored: Fields,
): { merged: Record<string, unknown>; conflicts: ConflictField[] } {
  const merged: Record<string, unknown> = { ...stored };
  const conflicts: ConflictField[] = [];
  for (const col of schema.columns) {
    if (col.readOnly) continue;
    const f = col.field;
    const [s, t, b] = [sheet[f], stored[f], base[f]];
    if (same(s, t) || same(s, b)) merged[f] = t;
    else if (same(t, b)) merged[f] = s;
    else conflicts.push({ field: f, caption: col.caption, sheet: text(s), stored: text(t) });
  }
  return { merged, conflicts };
}

/** Every field the hash covers whose values differ (a row-level conflict lists these). */
export function differingFields<R>(schema: SheetSchema<R>, sheet: Fields, stored: Fields): ConflictField[] {
  return schema.columns
    .filter((c) => !c.readOnly && !same(sheet[c.field], stored[c.field]))
    .map((c) => ({ field: c.field, caption: c.caption, sheet: text(sheet[c.field]), stored: text(stored[c.field]) }));
}
