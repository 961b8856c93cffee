/**
 * The pure heart of a reconcile: given what the table holds and what the store holds, decide what to
 * store, what to write back and which issues to show. No I/O here, so every case is a plain unit test.
 */
import { manualNoIssue, nextNoFromSeries } from "../domain";
import type { EntityKind, Issue, Lang, NumberSeries } from "../domain/types";
import { parseRow } from "../sheets";
import type { ColumnMap, SheetSchema } from "../sheets";
import { storeKeyOf } from "../store";
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
  /** The binding's schema: the entity's own, or a scoped variant (one campaign's lines). */
  schema: SheetSchema<EntityRecords[E]>;
  map: ColumnMap;
  /** Excel number format of a body cell, for percent columns (absent: unknown). */
  formatOf?: (sheetRow: number, colIndex: number) => string;
  body: readonly (readonly CellValue[])[];
  stored: readonly StoredRow<E>[];
  refs: ReferenceData;
  /** The entity's number series when it has one (campaign numbers). */
  series?: NumberSeries | undefined;
  lang: Lang;
  today: string;
  nowIso: string;
  newId: () => string;
  /** Milliseconds clock for the timings in the plan (absent: timings are 0). */
  timer?: () => number;
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
  /** Parsing and validating (what "validation CPU" means in the benchmarks), and the whole plan, in ms. */
  timings: { parseMs: number; validateMs: number; totalMs: number };
}

interface WorkRow<R> {
  sheetRow: number;
  rowId: string;
  record: R;
  issues: Issue[];
  current: readonly CellValue[] | null; // null: a stored row appended below the table
  /** The row shows the stored record (appended, or stale: changed through another sheet, the card or a cascade). */
  fromStore: boolean;
  autoNumber: boolean;
}

export function planReconcile<E extends EntityKind>(input: PlanInput<E>): Plan<E> {
  type R = EntityRecords[E];
  const { rules, map, body, lang, schema, refs } = input;
  const keyField = schema.keyField;
  const entity = rules.entity;
  const storedById = new Map(input.stored.map((s) => [s.rowId, s]));
  const seen = new Set(input.binding.seenRowIds);
  const formatOf = input.formatOf;
  const now = input.timer ?? (() => 0);
  const startedAt = now();

  // 1. Parse; give new and copied rows (duplicate hidden ids) fresh ids. A row this table showed, whose
  // record another sheet deleted meanwhile, is cleared rather than stored again.
  const rows: WorkRow<R>[] = [];
  const cleared: number[] = [];
  const idsInSheet = new Set<string>();
  let lastUsed = -1;
  for (let i = 0; i < body.length; i++) {
    const parsed = parseRow(schema, body[i] as CellValue[], map, lang, formatOf && ((c: number) => formatOf(i, c)));
    if (parsed.blank) continue;
    let rowId = parsed.rowId;
    if (rowId !== "" && parsed.rowVersion > 0 && seen.has(rowId) && !storedById.has(rowId)) {
      cleared.push(i);
      continue;
    }
    lastUsed = i;
    if (rowId === "" || idsInSheet.has(rowId)) rowId = input.newId();
    idsInSheet.add(rowId);
    const previous = storedById.get(rowId);
    // The sheet shows an older version than the store holds: the record changed elsewhere since this table
    // was last written, so the store's values win and are written back (an edit here would have a newer version).
    if (previous !== undefined && parsed.rowVersion > 0 && parsed.rowVersion < previous.rowVersion) {
      rows.push({
        sheetRow: i,
        rowId,
        record: stripMeta(previous) as R,
        issues: [],
        current: body[i] ?? null,
        autoNumber: false,
        fromStore: true,
      });
      continue;
    }
    let record = parsed.record; // a fresh object per parse: safe to fill in
    if (schema.keyIsRowId) (record as unknown as Record<string, unknown>)[keyField] = rowId;
    if (rules.prepare) record = rules.prepare(record, previous ? stripMeta(previous) : null, refs);
    rows.push({
      sheetRow: i,
      rowId,
      record,
      issues: parsed.issues,
      current: body[i] ?? null,
      autoNumber: false,
      fromStore: false,
    });
  }
  if (rules.prepareBatch) {
    const fresh = rows.filter((r) => !r.fromStore);
    const { records, issues } = rules.prepareBatch(
      fresh.map((r) => ({ record: r.record, previous: prior(storedById.get(r.rowId)) })),
      input.stored.map((s) => stripMeta(s)),
      refs,
      lang,
    );
    fresh.forEach((r, k) => {
      r.record = records[k] ?? r.record;
      for (const issue of issues[k] ?? []) r.issues.push(issue);
    });
  }
  const parsedAt = now();
  // 2. Stored rows this table never showed (made elsewhere) are appended after its last used row (a new
  // table's blank row is reused); seen-but-gone rows were deleted by the user.
  let appended = 0;
  const appendAt = lastUsed + 1;
  const deletes: string[] = [];
  for (const s of input.stored) {
    if (idsInSheet.has(s.rowId)) continue;
    const refused = seen.has(s.rowId) && rules.refuseDelete ? rules.refuseDelete(stripMeta(s), refs, lang) : null;
    if (seen.has(s.rowId) && !refused) {
      deletes.push(storeKeyOf(entity, s));
      continue;
    }
    if (refused) {
      rows.push({
        sheetRow: appendAt + appended++,
        rowId: s.rowId,
        record: stripMeta(s) as R,
        issues: [refused],
        current: null,
        autoNumber: false,
        fromStore: true,
      });
      continue;
    }
    rows.push({
      sheetRow: appendAt + appended++,
      rowId: s.rowId,
      record: stripMeta(s) as R,
      issues: [],
      current: null,
      autoNumber: false,
      fromStore: true,
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
  const validateFrom = now();
  const domainIssues = rules.validate(
    rows.map((r) => r.record),
    refs,
    lang,
  );
  for (const issue of domainIssues) {
    const row = rows[issue.row];
    if (!row) continue;
    if (row.autoNumber && issue.field === keyField && issue.code === "KEY_REQUIRED") continue;
    if (row.issues.some((p) => p.field === issue.field && p.field !== "" && isParseCode(p.code))) continue;
    row.issues.push(issue);
  }

  const validatedAt = now();
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
    if (rules.derive) row.record = rules.derive(row.record, refs);
    // Always the entity's own schema: a scoped sheet and the general sheet must agree on what "changed" means.
    const hash = contentHash(rules.schema, row.record);
    const unchanged = storedRow !== undefined && storedRow.rowHash === hash;
    if (rules.touch) row.record = rules.touch(row.record, unchanged && storedRow ? storedRow : null, input.today);
    if (unchanged) continue; // the hash covers the key, so an unchanged row kept its key
    if (storedRow) {
      const oldKey = storeKeyOf(entity, storedRow);
      if (oldKey !== storeKeyOf(entity, { ...row.record, rowId: row.rowId } as StoredRow<E>)) deletes.push(oldKey);
    }
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
      record: ok || row.fromStore ? (row.record as unknown as Record<string, unknown>) : null,
      issues: row.issues,
    };
  });
  const blocks = [...planWrites(schema, map, desired, lang, formatOf), ...clearBlocks(cleared, map.width)];
  const fills = planFills(map, desired);
  for (const rowIndex of cleared) {
    for (let colIndex = 0; colIndex < map.width; colIndex++) fills.push({ rowIndex, colIndex, color: null });
  }

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
        rowKey: schema.keyIsRowId ? "" : schema.keyOf(row.record),
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
          keys: [...puts.slice(0, 50).map((p) => schema.keyOf(p)), ...deletes].slice(0, 50),
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
    timings: {
      parseMs: parsedAt - startedAt,
      validateMs: validatedAt - validateFrom,
      totalMs: now() - startedAt,
    },
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

/** Blank rows for records deleted through another sheet (the table keeps the empty row). */
function clearBlocks(
  sheetRows: readonly number[],
  width: number,
): { rowIndex: number; colIndex: number; values: CellValue[][] }[] {
  return sheetRows.map((rowIndex) => ({ rowIndex, colIndex: 0, values: [new Array<CellValue>(width).fill("")] }));
}

function keyOf(record: unknown, keyField: string): string {
  return String((record as Record<string, unknown>)[keyField] ?? "");
}

function prior<E extends EntityKind>(row: StoredRow<E> | undefined): EntityRecords[E] | null {
  return row ? stripMeta(row) : null;
}

function stripMeta<E extends EntityKind>(row: StoredRow<E>): EntityRecords[E] {
  const { rowId: _id, rowVersion: _v, rowHash: _h, ...record } = row;
  return record as unknown as EntityRecords[E];
}

const PARSE_CODES = new Set(["INVALID_DATE", "INVALID_NUMBER", "INVALID_BOOLEAN"]);
function isParseCode(code: string): boolean {
  return PARSE_CODES.has(code);
}
