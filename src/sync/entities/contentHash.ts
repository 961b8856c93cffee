/** The content hash of a record: what decides whether a row changed (read-only, derived columns excluded). */
import { TextHash } from "../../sheets";
import type { SheetSchema } from "../../sheets";

const SEP = "\u001f";

/** Hash of a record's user-editable fields (read-only, derived columns excluded). */
export function contentHash<R>(schema: SheetSchema<R>, record: R): string {
  const fields = record as Record<string, unknown>;
  const hash = new TextHash();
  let first = true;
  for (const col of schema.columns) {
    if (col.readOnly) continue;
    if (!first) hash.add(SEP);
    hash.add(`${fields[col.field]}`);
    first = false;
  }
  return hash.digest();
}
