/**
 * Values pasted into read-only or derived columns (PS8): the add-in fills those columns (Last Date Modified, a
 * segment line's Contact Company No.), so what a person puts there is not stored. The store's value is kept and
 * the status cell says so, naming the column and the discarded value, instead of the value being replaced silently.
 */
import type { EntityKind, EntityRecords, Issue } from "../../domain";
import { isBlankCell, parseCell, readOnlyValueMessage } from "../../sheets";
import type { ColumnDef } from "../../sheets";
import type { StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import type { PlanInput } from "./planInput";
import type { WorkRow } from "./workRows";

/**
 * After the store decisions (derived fields filled in): a read-only cell of a stored row that holds neither what the
 * add-in now writes there nor what it wrote there last (the stored value) was put there by the person.
 */
export function noteReadOnlyValues<E extends EntityKind>(
  input: PlanInput<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
): void {
  const columns = input.schema.columns.filter((c) => c.readOnly === true && input.map.fields.has(c.field));
  if (columns.length === 0) return;
  for (const row of rows) {
    // A row the store holds: its stored value is kept. (A new row, a copy among them, simply takes the add-in's.)
    const stored = storedById.get(row.rowId) as Record<string, unknown> | undefined;
    if (row.current === null || row.fromStore || !stored) continue;
    for (const column of columns) {
      const raw = row.current[input.map.fields.get(column.field) as number] ?? "";
      if (isBlankCell(raw)) continue;
      // A rule of its own already speaks about this cell (campaign dates on a campaign's sheet).
      if (row.issues.some((i) => i.field === column.field && i.severity === "error")) continue;
      const now = (row.record as unknown as Record<string, unknown>)[column.field];
      if (holds(input, column, raw, now) || holds(input, column, raw, stored[column.field])) continue;
      row.issues = row.issues.filter((i) => i.field !== column.field); // its parse warning says less than this
      row.issues.push(readOnlyIssue(input, column, raw));
    }
  }
}

function holds<E extends EntityKind>(input: PlanInput<E>, column: ColumnDef, raw: CellValue, value: unknown): boolean {
  const read = parseCell(column, raw, input.lang, "");
  return read.ok && read.value === value;
}

function readOnlyIssue<E extends EntityKind>(input: PlanInput<E>, column: ColumnDef, raw: CellValue): Issue {
  // A date as a date, never Excel's serial number behind it (PS10).
  const read = parseCell(column, raw, input.lang, "");
  const value =
    read.ok && column.type === "date" ? String(read.value) : typeof raw === "string" ? raw.trim() : String(raw);
  const caption = column.caption[input.lang];
  return {
    row: 0,
    field: column.field,
    code: "READ_ONLY_VALUE_DISCARDED",
    severity: "warning",
    params: { value, column: caption },
    message: readOnlyValueMessage(value, caption, input.lang),
  };
}
