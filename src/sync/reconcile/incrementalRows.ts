/**
 * Which rows a plan may skip, and what it hands the next plan (rule SP6, see rowMemo.ts): a row is clean when its raw
 * cells and its stored row are as the last plan of the binding left them settled, and nothing else it depends on
 * changed. Clean rows are not parsed, validated or derived; a clean row that shares a neighbour key with a row that
 * is planned (changed, flagged, new or appended) is planned after all, so duplicates are found as in a full plan.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import type { StoredRow } from "../../store";
import type { CellBlock } from "../../workbook";
import type { PlanInput } from "./planInput";
import { memoEntry, memoSignature, neighbourKey, percentFormatsOf, plansIncrementally, rawHash } from "./rowMemo";
import type { RowMemo } from "./rowMemo";
import type { WorkRow } from "./workRows";

export interface CleanPick<E extends EntityKind> {
  /** Body index → the stored row of each clean row. */
  clean: Map<number, StoredRow<E>>;
  /** Raw hash per body index (undefined for rows not hashed: planning without a memo). */
  raws: (string | undefined)[];
  signature: string;
}

/** The clean rows of the body, and every row's raw hash (null: the plan keeps no memo). */
export function pickClean<E extends EntityKind>(
  input: PlanInput<E>,
  storedById: ReadonlyMap<string, StoredRow<E>>,
): CleanPick<E> | null {
  if (input.memo === undefined || !plansIncrementally(input.rules.entity)) return null;
  const signature = memoSignature(input);
  const previous = input.memo !== null && input.memo.signature === signature ? input.memo.rows : null;
  const { body, map } = input;
  const idCount = new Map<string, number>();
  for (const cells of body) {
    const id = String(cells[map.rowId] ?? "");
    if (id !== "") idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  const held = new Set([...(input.binding.putBack ?? []), ...(input.binding.confirmDelete ?? [])]);
  const clean = new Map<number, StoredRow<E>>();
  const raws: (string | undefined)[] = [];
  body.forEach((cells, i) => {
    const raw = rawHash(cells, percentFormatsOf(input, i));
    raws.push(raw);
    if (!previous) return;
    const id = String(cells[map.rowId] ?? "");
    const stored = id === "" ? undefined : storedById.get(id);
    if (!stored || idCount.get(id) !== 1 || held.has(id) || input.resolutions.has(id)) return;
    if (input.kindRows?.has(i)) return;
    if (previous.get(id) === memoEntry(raw, stored as StoredRow<EntityKind>)) clean.set(i, stored);
  });
  return { clean, raws, signature };
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
  pick: CleanPick<E>,
  rows: readonly WorkRow<EntityRecords[E]>[],
  storedById: ReadonlyMap<string, StoredRow<E>>,
  puts: readonly StoredRow<E>[],
  blocks: readonly CellBlock[],
): RowMemo {
  const written = new Set<number>();
  for (const b of blocks) for (let r = 0; r < b.values.length; r++) written.add(b.rowIndex + r);
  const put = new Set(puts.map((p) => p.rowId));
  const memo = new Map<string, string>();
  for (const row of rows) {
    if (row.current === null || row.fromStore || row.issues.length > 0 || row.conflict) continue;
    if (put.has(row.rowId) || written.has(row.sheetRow)) continue;
    const stored = storedById.get(row.rowId);
    const raw = pick.raws[row.sheetRow];
    if (!stored || raw === undefined) continue;
    memo.set(row.rowId, memoEntry(raw, stored as StoredRow<EntityKind>));
  }
  return { signature: pick.signature, rows: memo };
}
