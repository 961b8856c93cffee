/** The content hash of a record: what decides whether a row changed (read-only, derived columns excluded). */
import { hashText } from "../../sheets";
import type { SheetSchema } from "../../sheets";

const SEP = "\u001f";

/** Hash of a record's user-editable fields (read-only, derived columns excluded). */
export function contentHash<R>(schema: SheetSchema<R>, record: R): string {
  const fields = record as Record<string, unknown>;
  let text = "";
  let first = true;
  for (const col of schema.columns) {
    if (col.readOnly) continue;
    text += first ? `${fields[col.field]}` : `${SEP}${fields[col.field]}`;
    first = false;
  }
  return hashText(text);
}
