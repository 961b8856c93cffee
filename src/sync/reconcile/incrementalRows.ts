/**
 * Which rows a plan may skip, and what it hands the next plan (rule SP6, see rowMemo.ts): a row is clean when its raw
 * cells and its stored row are as the last plan of the binding left them settled, and nothing else it depends on
 * changed. Clean rows are not parsed, validated or derived; a clean row that shares a neighbour key with a row that
 * is planned (changed, flagged, new or appended) is planned after all, so duplicates are found as in a full plan.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import type { StoredRow } from "../../store";
import type { CellBlock, CellValue } from "../../workbook";
import type { MemoRow, PlanInput } from "./planInput";
import { memoRow, memoSignature, neighbourKey, percentColumns, plansIncrementally, sameAsMemo } from "./rowMemo";
import type { RowMemo } from "./rowMemo";
import type { WorkRow } from "./workRows";

export interface CleanPick<E extends EntityKind> {
  /** Body index → the stored row of each clean row (undefined: planned); an array, not a map of 100,000 entries. */
  clean: (StoredRow<E> | undefined)[];
  /** The memo's rows the clean ones keep (the next memo starts from them). */
  kept: Map<string, MemoRow>;
  signature: string;
  percents: number[];
  /** Rows of `kept` remembered anew (read back as text, SP33), not taken over from the memo. */
  joined: number;
}

/** The clean rows of the body (null: the plan keeps no memo). */
export function pickClean<E extends EntityKind>(
  input: PlanInput<E>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
): CleanPick<E> | null {
  if (input.memo === undefined || !plansIncrementally(input.rules.entity)) return null;
  const signature = memoSignature(input);
  const percents = percentColumns(input);
  const pick: CleanPick<E> = { clean: [], kept: new Map(), signature, percents, joined: 0 };
  const previous = input.memo !== null && input.memo.signature === signature ? input.memo.rows : null;
  if (!previous) return pick;
  const { body, map } = input;
  // Ids of rows that are not clean; a clean row's id is in `kept` (no set of all 100,000 ids per plan).
  const notClean = new Set<string>();
  const twice = new Set<string>();
  const held = new Set([...(input.binding.putBack ?? []), ...(input.binding.confirmDelete ?? [])]);
  pick.clean = new Array<StoredRow<E> | undefined>(body.length);
  for (let i = 0; i < body.length; i++) {
    const cells = body[i] as readonly CellValue[];
    const id = cells[map.rowId];
    if (typeof id !== "string" || id === "") continue;
    const memo = previous.get(id);
    const stored = memo ? storedById.get(id) : undefined;
    const clean =
      memo !== undefined &&
      stored !== undefined &&
      !(held.has(stored.rowId) || input.resolutions.has(stored.rowId) || input.kindRows?.has(i)) &&
      sameAsMemo(input, memo, i, cells, stored, percents);
    if (!clean || !memo || !stored) {
      notClean.add(id);
      continue;
    }
    if (pick.kept.has(id)) {
      twice.add(id);
      continue;
    }
    pick.clean[i] = stored;
    // A row read back as text (SP33) is remembered by its cells again: later plans compare them cell by cell.
    if (memo.packed === undefined) pick.kept.set(id, memo);
    else {
      pick.kept.set(id, memoRow(input, i, cells, stored, percents));
      pick.joined++;
    }
  }
  // A row id more than once in the body: which row keeps it is decided with all of them (PS2), so none is clean.
  for (const id of notClean) if (pick.kept.has(id)) twice.add(id);
  if (twice.size > 0) {
    pick.clean.forEach((stored, i) => {
      if (stored && twice.has(stored.rowId)) pick.clean[i] = undefined;
    });
    for (const id of twice) pick.kept.delete(id);
  }
  return pick;
}

/**
 * Clean rows sharing a neighbour key with a row the plan works on are planned after all (`reparse` parses one body
 * row as a full plan would). Returns the rows the plan works on: every row but the clean ones left.
 */
export function withNeighbours<E extends EntityKind>(
  input: PlanInput<E>,
  rows: WorkRow<EntityRecords[E]>[],
  reparse: (sheetRow: number) => WorkRow<EntityRecords[E]> | null,
): WorkRow<EntityRecords[E]>[] {
  const entity = input.rules.entity;
  const keys = new Set<string>();
  for (const row of rows) if (!row.clean) keys.add(neighbourKey(entity, row.record));
  keys.delete("");
  // Nothing planned shares a key (every row clean, the table opened again): no clean row's key is worth working out.
  if (keys.size === 0) return rows.filter((row) => !row.clean);
  const work: WorkRow<EntityRecords[E]>[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as WorkRow<EntityRecords[E]>;
    if (!row.clean) work.push(row);
    else if (keys.has(neighbourKey(entity, row.record))) {
      const again = reparse(row.sheetRow);
      if (again) {
        rows[k] = again;
        work.push(again);
      }
    }
  }
  return work;
}

/**
 * The memo for the next plan: clean rows stay; a planned row joins when it came out settled — shown from the sheet,
 * stored as it is (nothing put), no issue, no conflict, no cell written.
 */
export function nextMemo<E extends EntityKind>(
  input: PlanInput<E>,
  pick: CleanPick<E>,
  work: readonly WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
  puts: readonly StoredRow<E>[],
  blocks: readonly CellBlock[],
): RowMemo {
  // The sets of rows written and put are made only when a row may be settled (a paste of 500k new rows: never).
  let written: Set<number> | null = null;
  let put: Set<string> | null = null;
  const writtenRows = () => {
    if (written) return written;
    written = new Set<number>();
    for (const b of blocks) for (let r = 0; r < b.values.length; r++) written.add(b.rowIndex + r);
    return written;
  };
  const putIds = () => (put ??= new Set(puts.map((p) => p.rowId)));
  const memo = pick.kept; // the pick's own map, made for this memo: taken over rather than copied (100k rows)
  let joined = pick.joined;
  for (const row of work) {
    const stored = storedById.get(row.rowId);
    const settled =
      row.current !== null &&
      !row.fromStore &&
      row.issues.length === 0 &&
      !row.conflict &&
      row.current[input.map.rowId] === row.rowId &&
      !putIds().has(row.rowId) &&
      !writtenRows().has(row.sheetRow);
    if (settled && stored && row.current) {
      memo.set(row.rowId, memoRow(input, row.sheetRow, row.current, stored, pick.percents));
      joined++;
    } else memo.delete(row.rowId);
  }
  return { signature: pick.signature, rows: memo, joined };
}
