/**
 * The pure heart of a reconcile: given what the table holds and what the store holds, decide what to
 * store, what to write back and which issues to show. No I/O here, so every case is a plain unit test.
 */
import { manualNoIssue, nextNoFromSeries } from "../domain";
import type { EntityKind, Issue, Lang, NumberSeries } from "../domain/types";
import { parseRow } from "../sheets";
import type { ColumnMap } from "../sheets";
import type { BindingRecord, EntityRecords, ReferenceData, StoredRow, UnitOfWork } from "../store";
import type { CellBlock, CellFill, CellValue } from "../workbook";
import { contentHash } from "./contentHash";
import type { EntityRules } from "./entityRules";
import { planFills, planWrites } from "./writePlan";
import type { DesiredRow } from "./writePlan";
import type { RowIssue } from "./rowIssue";

export interface PlanInput<E extends EntityKind> {
  binding: BindingRecord;
  rules: EntityRules<E>;
  map: ColumnMap;
  body: readonly (readonly CellValue[])[];
  stored: readonly StoredRow<E>[];
  refs: ReferenceData;
  /** The entity's number series when it has one (campaign numbers). */
  series?: NumberSeries | undefined;
  lang: Lang;
  today: string;
  nowIso: string;
  newId: () => string;
}

export interface Plan<E extends EntityKind> {
  /** `null` when nothing needs storing. */
  unit: UnitOfWork<E> | null;
  blocks: CellBlock[];
  fills: CellFill[];
  issues: RowIssue[];
  /** Where each row id sits in the body after the write-back. */
  rowIndexById: Map<string, number>;
  counts: { rows: number; valid: number; invalid: number; puts: number; deletes: number; appended: number };
  /** Body rows after the write-back (appended rows may extend it). */
  bodyRows: number;
}

interface WorkRow<R> {
  sheetRow: number;
  rowId: string;
  record: R;
  issues: Issue[];
  current: readonly CellValue[] | null; // null: a stored row appended below the table
  autoNumber: boolean;
}

export function planReconcile<E extends EntityKind>(input: PlanInput<E>): Plan<E> {
  type R = EntityRecords[E];
  const { rules, map, body, lang } = input;
  const schema = rules.schema;
  const keyField = schema.keyField;
  const storedById = new Map(input.stored.map((s) => [s.rowId, s]));
  const seen = new Set(input.binding.seenRowIds);

  // 1. Parse; give new and copied rows (duplicate hidden ids) fresh ids.
  const rows: WorkRow<R>[] = [];
  const idsInSheet = new Set<string>();
  let lastUsed = -1;
  for (let i = 0; i < body.length; i++) {
    const parsed = parseRow(schema, body[i] as CellValue[], map, lang);
    if (parsed.blank) continue;
    lastUsed = i;
    let rowId = parsed.rowId;
    if (rowId === "" || idsInSheet.has(rowId)) rowId = input.newId();
    idsInSheet.add(rowId);
    rows.push({
      sheetRow: i,
      rowId,
      record: { ...parsed.record },
      issues: parsed.issues,
      current: body[i] ?? null,
      autoNumber: false,
    });
  }
  // 2. Stored rows this table never showed (made elsewhere) are appended after its last used row (a new
  // table's blank row is reused); seen-but-gone rows were deleted by the user.
  let appended = 0;
  const appendAt = lastUsed + 1;
  const deletes: string[] = [];
  for (const s of input.stored) {
    if (idsInSheet.has(s.rowId)) continue;
    if (seen.has(s.rowId)) {
      deletes.push(schema.keyOf(s));
      continue;
    }
    rows.push({
      sheetRow: appendAt + appended++,
      rowId: s.rowId,
      record: stripMeta(s) as R,
      issues: [],
      current: null,
      autoNumber: false,
    });
  }

  // 3. Number series: blank keys are numbered later (only rows that are otherwise valid); typed keys need manual numbers allowed.
  const series = input.series;
  rows.forEach((row, index) => {
    const key = keyOf(row.record, keyField);
    const storedRow = storedById.get(row.rowId);
    if (!series || row.current === null) return;
    if (key === "") row.autoNumber = true;
    else if (!storedRow || schema.keyOf(storedRow) !== key) {
      const issue = manualNoIssue(index, keyField, series, lang);
      if (issue) row.issues.push(issue);
    }
  });

  // 4. Validate the whole batch (duplicates, references); a field that failed to parse keeps only its parse issue.
  const domainIssues = rules.validate(
    rows.map((r) => r.record),
    input.refs,
    lang,
  );
  for (const issue of domainIssues) {
    const row = rows[issue.row];
    if (!row) continue;
    if (row.autoNumber && issue.field === keyField && issue.code === "KEY_REQUIRED") continue;
    if (row.issues.some((p) => p.field === issue.field && p.field !== "" && isParseCode(p.code))) continue;
    row.issues.push(issue);
  }

  // 5. Decide what to store.
  const puts: StoredRow<E>[] = [];
  const taken = new Set<string>([
    ...rows.map((r) => keyOf(r.record, keyField)),
    ...input.stored.map((s) => schema.keyOf(s)),
  ]);
  let nextSeries = series;
  let valid = 0;
  for (const row of rows) {
    if (row.issues.some((i) => i.severity === "error")) continue;
    valid++;
    if (row.autoNumber && nextSeries) {
      const taken_ = nextNoFromSeries(nextSeries, taken);
      (row.record as unknown as Record<string, unknown>)[keyField] = taken_.no;
      taken.add(taken_.no);
      nextSeries = taken_.series;
    }
    const storedRow = storedById.get(row.rowId);
    const hash = contentHash(schema, row.record);
    const unchanged = storedRow !== undefined && storedRow.rowHash === hash;
    if (rules.touch) row.record = rules.touch(row.record, unchanged && storedRow ? storedRow : null, input.today);
    if (unchanged) continue; // the hash covers the key, so an unchanged row kept its key
    if (storedRow && schema.keyOf(storedRow) !== keyOf(row.record, keyField)) deletes.push(schema.keyOf(storedRow));
    puts.push({
      ...row.record,
      rowId: row.rowId,
      rowVersion: (storedRow?.rowVersion ?? 0) + 1,
      rowHash: hash,
    } as StoredRow<E>);
  }

  // 6. Write-back and highlighting.
  const putById = new Map(puts.map((p) => [p.rowId, p]));
  const desired: DesiredRow[] = rows.map((row) => {
    const ok = !row.issues.some((i) => i.severity === "error");
    return {
      sheetRow: row.sheetRow,
      current: row.current,
      rowId: row.rowId,
      version: (putById.get(row.rowId) ?? storedById.get(row.rowId))?.rowVersion ?? 0,
      record: ok || row.current === null ? (row.record as unknown as Record<string, unknown>) : null,
      issues: row.issues,
    };
  });
  const blocks = planWrites(schema, map, desired);
  const fills = planFills(map, desired);

  const issues: RowIssue[] = [];
  for (const row of rows) {
    for (const issue of row.issues) {
      issues.push({
        bindingId: input.binding.id,
        rowIndex: row.sheetRow,
        colIndex: map.fields.get(issue.field) ?? map.status,
        field: issue.field,
        code: issue.code,
        severity: issue.severity,
        message: issue.message,
        rowKey: keyOf(row.record, keyField),
      });
    }
  }

  const seenRowIds = rows.map((r) => r.rowId);
  const seenChanged = seenRowIds.length !== seen.size || seenRowIds.some((id) => !seen.has(id));
  const seriesChanged = nextSeries !== series;
  const needsCommit = puts.length > 0 || deletes.length > 0 || seenChanged || seriesChanged;
  const unit: UnitOfWork<E> | null = needsCommit
    ? {
        entity: rules.entity,
        deletes,
        puts,
        binding: { ...input.binding, seenRowIds },
        ...(seriesChanged && nextSeries ? { numberSeries: nextSeries } : {}),
        log: {
          at: input.nowIso,
          bindingId: input.binding.id,
          entity: rules.entity,
          origin: "sheet",
          puts: puts.length,
          deletes: deletes.length,
          keys: [...puts.map((p) => schema.keyOf(p)), ...deletes].slice(0, 50),
        },
      }
    : null;

  return {
    unit,
    blocks,
    fills,
    issues,
    rowIndexById: new Map(rows.map((r) => [r.rowId, r.sheetRow])),
    bodyRows: Math.max(body.length, appendAt + appended),
    counts: {
      rows: rows.length,
      valid,
      invalid: rows.length - valid,
      puts: puts.length,
      deletes: deletes.length,
      appended,
    },
  };
}

function keyOf(record: unknown, keyField: string): string {
  return String((record as Record<string, unknown>)[keyField] ?? "");
}

function stripMeta<E extends EntityKind>(row: StoredRow<E>): EntityRecords[E] {
  const { rowId: _id, rowVersion: _v, rowHash: _h, ...record } = row;
  return record as unknown as EntityRecords[E];
}

const PARSE_CODES = new Set(["INVALID_DATE", "INVALID_NUMBER", "INVALID_BOOLEAN"]);
function isParseCode(code: string): boolean {
  return PARSE_CODES.has(code);
}
