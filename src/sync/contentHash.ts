import { hashText } from "../sheets";
import type { SheetSchema } from "../sheets";

const SEP = "\u001f";

/** Hash of a record's user-editable fields (read-only, derived columns excluded). */
export function contentHash<R>(schema: SheetSchema<R>, record: R): string {
  const parts: string[] = [];
  for (const col of schema.columns) {
    if (col.readOnly) continue;
    parts.push(String((record as Record<string, unknown>)[col.field]));
  }
  return hashText(parts.join(SEP));
}
