/**
 * Uniqueness of composite keys (item units, price and discount lines). Key parts are joined with KEY_SEP, a
 * control character no well-formed code contains, so two different keys can never join to the same string.
 */
import type { IssueList } from "./fieldChecks";

export const KEY_SEP = "\u0000";

/**
 * Joins key parts. `join` builds one flat string, where `+` would keep a tree of partial strings alive
 * for every row until the batch is done; with 100,000 rows that tree triples garbage-collection time.
 */
export function joinKey(parts: readonly (string | number)[]): string {
  return parts.join(KEY_SEP);
}

/** The key as users read it: its non-blank parts joined by " / " (e.g. `1000 / BOX`). */
export function showKey(key: string): string {
  return key
    .split(KEY_SEP)
    .filter((part) => part !== "")
    .join(" / ");
}

/**
 * Marks every row of a key that occurs more than once with `code`, naming another row of the group
 * (`otherRow`: the first row, or for the first row the second). Rows with key "" take no part. `keyFields` are the
 * fields the key is made of (params.keyFields, comma-separated), so the caller can name them as the sheet shows them.
 */
export function markDuplicateKeys(
  out: IssueList,
  keys: readonly string[],
  field: string,
  code: string,
  keyFields: readonly string[] = [field],
): void {
  const firstRow = new Map<string, number>();
  const groups = new Map<string, number[]>();
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row] ?? "";
    if (key === "") continue;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row);
    else {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [first, row]);
      else group.push(row);
    }
  }
  for (const [key, rows] of groups) {
    const [first = 0, second = 0] = rows;
    const shown = showKey(key);
    const fields = keyFields.join(",");
    for (const row of rows)
      out.error(row, field, code, { field, key: shown, otherRow: row === first ? second : first, keyFields: fields });
  }
}
