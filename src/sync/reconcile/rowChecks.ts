/** Steps 3–4 of planRows: number-series rules on keys, then the domain's validation of the whole batch. */
import { manualNoIssue } from "../../domain";
import type { EntityKind, EntityRecords, Issue } from "../../domain";
import type { StoredRow } from "../../store";
import { contentHash } from "../entities";
import { settleDuplicates } from "./duplicateRows";
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

/** A cell that could not be read (PS4: a contact reference that names no contact is one cause, one message). */
const PARSE_CODES = new Set([
  "INVALID_DATE",
  "INVALID_NUMBER",
  "INVALID_BOOLEAN",
  "UNKNOWN_CONTACT_REFERENCE",
  "AMBIGUOUS_CONTACT_REFERENCE",
  "EXCEL_ERROR_VALUE",
  "INVISIBLE_CHARACTER",
]);

/**
 * Step 4: validate the whole batch (duplicates, references). A field that failed to parse keeps only its parse
 * issue; a row to be auto-numbered is not "missing its key".
 */
export function validateRows<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
): void {
  const keyField = input.schema.keyField;
  for (const { issue, row } of batchIssues(input, rows)) {
    if (!row) continue;
    if (row.autoNumber && issue.field === keyField && issue.code === "KEY_REQUIRED") continue;
    if (row.issues.some((p) => p.field === issue.field && p.field !== "" && PARSE_CODES.has(p.code))) continue;
    row.issues.push(issue);
  }
  settleDuplicates(input, rows);
}

/**
 * The domain's issues of the batch, each with its row. PS1: a row whose key fields could not be read takes no part in
 * duplicate detection (its key is not known): when the batch finds such a row among duplicates, the batch is
 * validated again without it, and it is validated apart, without duplicate issues.
 */
function batchIssues<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
): { issue: Issue; row: WorkRow<EntityRecords[E]> | undefined }[] {
  const validate = (batch: readonly WorkRow<EntityRecords[E]>[]) =>
    input.rules.validate(
      batch.map((r) => r.record),
      input.refs,
      input.lang,
    );
  const all = validate(rows);
  const unknownKey = new Set(all.flatMap((issue) => (keyUnread(rows[issue.row], issue) ? [rows[issue.row]] : [])));
  if (unknownKey.size === 0) return all.map((issue) => ({ issue, row: rows[issue.row] }));
  const readable = rows.filter((r) => !unknownKey.has(r));
  const unreadable = rows.filter((r) => unknownKey.has(r));
  const at = new Map(rows.map((r, i) => [r, i]));
  return [
    ...validate(readable).map((issue) => {
      // params.otherRow names a row of the batch: of all rows (duplicateRows.ts reads it).
      const other = issue.params.otherRow;
      const params = typeof other === "number" ? { ...issue.params, otherRow: at.get(readable[other]!) ?? -1 } : null;
      return { issue: params ? { ...issue, params } : issue, row: readable[issue.row] };
    }),
    ...validate(unreadable)
      .filter((issue) => !issue.code.startsWith("DUPLICATE_"))
      .map((issue) => ({ issue, row: unreadable[issue.row] })),
  ];
}

/** A duplicate found on a key whose fields the row could not read (PS1). */
function keyUnread(row: { issues: readonly Issue[] } | undefined, issue: Issue): row is { issues: readonly Issue[] } {
  if (!row || !issue.code.startsWith("DUPLICATE_")) return false;
  const fields = String(issue.params.keyFields ?? issue.field).split(",");
  return row.issues.some((p) => isParseError(p) && fields.includes(p.field));
}

function isParseError(issue: { code: string; severity: string }): boolean {
  return issue.severity === "error" && (PARSE_CODES.has(issue.code) || issue.code === "INVALID_OPTION");
}

/** The row has an error: it is not stored. */
export function hasError(row: { issues: readonly { severity: string }[] }): boolean {
  return row.issues.some((i) => i.severity === "error");
}
