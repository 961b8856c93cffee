/**
 * Duplicates as the person sees them (PS3, domain-rules §2). The domain marks every row of a repeated key, naming
 * another row by its batch index; here each such group is told in the sheet's terms: the key fields the table shows,
 * with their values, and the other rows' numbers as Excel numbers them. When one row of the group is the stored one,
 * it stays stored with the warning "kept; row N duplicates it", and each new row gets the error naming it.
 */
import { formatMessage } from "../../domain";
import type { EntityKind, EntityRecords, Issue, Lang } from "../../domain";
import type { ColumnDef } from "../../sheets";
import type { StoredRow } from "../../store";
import { contentHash, stripMeta } from "../entities";
import type { PlanInput } from "./planInput";
import { rowsById } from "./rowsById";
import type { WorkRow } from "./workRows";

/** At most this many other rows are named in one message; more end with "…". */
const MAX_ROWS_NAMED = 5;

type Rows<E extends EntityKind> = readonly WorkRow<EntityRecords[E]>[];

/** Rewrites the duplicate errors of `rows` (whose params.otherRow index `rows`); see the file comment. */
export function settleDuplicates<E extends EntityKind>(input: PlanInput<E>, rows: Rows<E>): void {
  const groups = new Map<string, number[]>();
  rows.forEach((row, at) => {
    for (const issue of row.issues) {
      const other = duplicateOther(issue);
      if (other === null) continue;
      const id = `${issue.code}:${Math.min(at, other)}`;
      const group = groups.get(id);
      if (!group) groups.set(id, [at]);
      else if (group[group.length - 1] !== at) group.push(at);
    }
  });
  if (groups.size === 0) return;
  const storedById = rowsById(input.stored);
  for (const [id, members] of groups) {
    const code = id.slice(0, id.indexOf(":"));
    const kept = members.find((at) => holdsStoredKey(input, rows[at] as WorkRow<EntityRecords[E]>, storedById));
    for (const at of members) {
      const row = rows[at] as WorkRow<EntityRecords[E]>;
      const k = row.issues.findIndex((i) => i.code === code && duplicateOther(i) !== null);
      const issue = row.issues[k] as Issue;
      const others = kept === undefined || at === kept ? members.filter((m) => m !== at) : [kept];
      const params = { ...issue.params, rows: rowList(input, rows, others), fields: keyText(input, row, issue) };
      const template = kept === undefined ? "DUPLICATE_ROWS" : at === kept ? "DUPLICATE_KEPT" : "DUPLICATE_OF_KEPT";
      row.issues[k] =
        at === kept
          ? { ...issue, code: "DUPLICATE_KEPT", severity: "warning", params, message: message(template, params, input) }
          : { ...issue, params, message: message(template, params, input) };
    }
  }
}

/** The batch index of the other row an error names, or null when the issue is not a duplicate error. */
function duplicateOther(issue: Issue): number | null {
  const other = issue.params.otherRow;
  return issue.severity === "error" && issue.code.startsWith("DUPLICATE_") && typeof other === "number" ? other : null;
}

function message(code: string, params: Issue["params"], input: { lang: Lang }): string {
  return formatMessage(code, params, input.lang);
}

/**
 * The row is the store's holder of the key: it shows the stored record (appended, unchanged), or its stored
 * version already has the key it now has (an edit of other fields).
 */
function holdsStoredKey<E extends EntityKind>(
  input: PlanInput<E>,
  row: WorkRow<EntityRecords[E]>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
): boolean {
  const stored = storedById.get(row.rowId);
  if (!stored) return false;
  if (row.fromStore || contentHash(input.rules.schema, row.record) === stored.rowHash) return true;
  const both = input.rules.validate([stripMeta(stored), row.record], input.refs, input.lang);
  return both.some((i) => i.row === 1 && duplicateOther(i) === 0);
}

/** Excel's numbers of body rows `at`, e.g. "7" or "7, 12, 30": a table's first body row is below its header. */
function rowList<E extends EntityKind>(input: PlanInput<E>, rows: Rows<E>, at: readonly number[]): string {
  const first = (input.headerRow ?? 0) + 2;
  const numbers = at.slice(0, MAX_ROWS_NAMED).map((i) => String(first + (rows[i]?.sheetRow ?? 0)));
  return numbers.join(", ") + (at.length > MAX_ROWS_NAMED ? ", …" : "");
}

/** The key's fields the table shows, with the row's values, e.g. "Item No. 1000, Unit of Measure Code BOX". */
function keyText<E extends EntityKind>(input: PlanInput<E>, row: WorkRow<EntityRecords[E]>, issue: Issue): string {
  const fields = new Set(String(issue.params.keyFields ?? issue.field).split(","));
  const record = row.record as unknown as Record<string, unknown>;
  // In the table's column order: as the person reads the row, left to right.
  const parts = input.schema.columns.flatMap((column) => {
    const text = fields.has(column.field) ? shownValue(column, record[column.field], input.lang) : "";
    return text === "" ? [] : [`${column.caption[input.lang]} ${text}`];
  });
  return parts.length > 0 ? parts.join(", ") : String(issue.params.key ?? "");
}

/** A key value as the sheet shows it; blank (and a zero quantity) shows nothing. */
function shownValue(column: ColumnDef, value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === "" || value === 0) return "";
  if (column.type === "option") return column.options.find((o) => o.value === value)?.caption[lang] ?? String(value);
  if (typeof value === "number" && lang === "da") return String(value).replace(".", ",");
  return String(value);
}
