/**
 * IR6: a canceled campaign entry deleted from its sheet takes its interactions along, so the delete waits for the
 * person's yes as a campaign's does (rule CD1): by row id, how many interactions each entry the sheet no longer shows
 * (or that awaits the answer) would take. Loaded only when such an entry exists: counting reads every interaction.
 */
import type { BindingRecord, StoredRow, SyncStore } from "../../store";
import type { CellValue } from "../../workbook";
import type { TablePlanRequest } from "./reconcileTypes";

export async function entryDependents(
  store: SyncStore,
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  all: readonly StoredRow[],
  record: BindingRecord | undefined,
): Promise<ReadonlyMap<string, number> | null> {
  if (!record || request.map.rowId < 0) return null;
  const inSheet = new Set<string>();
  for (const row of body) inSheet.add(String(row[request.map.rowId] ?? ""));
  const entries = all as StoredRow<"campaignEntry">[];
  const asked = entries.filter(
    (e) => (record.seen[e.rowId] !== undefined && !inSheet.has(e.rowId)) || record.confirmDelete?.includes(e.rowId),
  );
  if (asked.length === 0) return null;
  const counts = new Map<string, number>();
  for (const i of await store.loadRows("interactionLogEntry"))
    counts.set(
      `${i.campaignNo}\u0000${i.campaignEntryNo}`,
      (counts.get(`${i.campaignNo}\u0000${i.campaignEntryNo}`) ?? 0) + 1,
    );
  return new Map(asked.map((e) => [e.rowId, counts.get(`${e.campaignNo}\u0000${e.entryNo}`) ?? 0]));
}
