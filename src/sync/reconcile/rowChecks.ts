/** Steps 3–4 of planRows: number-series rules on keys, then the domain's validation of the whole batch. */
import { manualNoIssue } from "../../domain";
import type { EntityKind, EntityRecords } from "../../domain";
import type { StoredRow } from "../../store";
import { contentHash } from "../entities";
import type { PlanInput } from "./planInput";
import type { WorkRow } from "./workRows";

/** The key field's value of a record, as text. */
export function keyOf(record: unknown, keyField: string): string {
  return String((record as Record<string, unknown>)[keyField] ?? "");
}

/**
 * Step 3: with a number series, a blank key is numbered later (only rows that are otherwise valid); a typed
 * key that is new or changed needs manual numbers to be allowed.
 */
export function markAutoNumbers<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): void {
  const { series, schema, lang } = input;
  if (!series) return;
  rows.forEach((row, index) => {
    if (row.current === null || row.conflict?.kind === "key") return;
    const key = keyOf(row.record, schema.keyField);
    const storedRow = storedById.get(row.rowId);
    if (key === "") row.autoNumber = true;
    else if (numberedElsewhere(input, row)) return;
    else if (!storedRow || schema.keyOf(storedRow) !== key) {
      const issue = manualNoIssue(index, schema.keyField, series, lang);
      if (issue) row.issues.push(issue);
    }
  });
}

/**
 * A row as the add-in wrote it in another copy (its content is its base): its number came from that copy's series,
 * so the manual-numbers rule does not apply to it here.
 */
export function numberedElsewhere<E extends EntityKind>(input: PlanInput<E>, row: WorkRow<EntityRecords[E]>): boolean {
  return row.sheetBase !== "" && contentHash(input.rules.schema, row.record) === row.sheetBase;
}

const PARSE_CODES = new Set(["INVALID_DATE", "INVALID_NUMBER", "INVALID_BOOLEAN"]);

/**
 * Step 4: validate the whole batch (duplicates, references). A field that failed to parse keeps only its parse
 * issue; a row to be auto-numbered is not "missing its key".
 */
export function validateRows<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
): void {
  const keyField = input.schema.keyField;
  const issues = input.rules.validate(
    rows.map((r) => r.record),
    input.refs,
    input.lang,
  );
  for (const issue of issues) {
    const row = rows[issue.row];
    if (!row) continue;
    if (row.autoNumber && issue.field === keyField && issue.code === "KEY_REQUIRED") continue;
    if (row.issues.some((p) => p.field === issue.field && p.field !== "" && PARSE_CODES.has(p.code))) continue;
    row.issues.push(issue);
  }
}

/** The row has an error: it is not stored. */
export function hasError(row: { issues: readonly { severity: string }[] }): boolean {
  return row.issues.some((i) => i.severity === "error");
}
