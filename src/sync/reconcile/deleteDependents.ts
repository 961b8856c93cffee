/**
 * What deleting a row takes along, where the delete waits for the person's yes: a campaign its price and discount
 * lines (rule CD1), a canceled campaign entry its interactions (IR6). Counted by row id for the rows the sheet no
 * longer shows, or that await the answer; loaded only when such a row exists, since counting reads every dependent.
 */
import type { BindingRecord, StoredRow, SyncStore } from "../../store";
import type { CellValue } from "../../workbook";
import type { TablePlanRequest } from "./reconcileTypes";

type Dependents = ReadonlyMap<string, number> | null;

export function dependentsOf(
  store: SyncStore,
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  all: readonly StoredRow[],
  record: BindingRecord | undefined,
): Promise<Dependents> {
  if (request.entity !== "campaign" && request.entity !== "campaignEntry") return Promise.resolve(null);
  const asked = askedRows(request, body, all, record);
  if (asked.length === 0) return Promise.resolve(null);
  return request.entity === "campaign"
    ? campaignLines(store, asked as StoredRow<"campaign">[])
    : entryInteractions(store, asked as StoredRow<"campaignEntry">[]);
}

/** Stored rows the table showed and no longer does, or that await the person's yes. */
function askedRows(
  request: TablePlanRequest,
  body: readonly (readonly CellValue[])[],
  all: readonly StoredRow[],
  record: BindingRecord | undefined,
): StoredRow[] {
  if (!record || request.map.rowId < 0) return [];
  const inSheet = new Set<string>();
  for (const row of body) inSheet.add(String(row[request.map.rowId] ?? ""));
  return all.filter(
    (r) => (record.seen[r.rowId] !== undefined && !inSheet.has(r.rowId)) || record.confirmDelete?.includes(r.rowId),
  );
}

/** CD1: each campaign's price and discount lines. */
async function campaignLines(store: SyncStore, campaigns: readonly StoredRow<"campaign">[]): Promise<Dependents> {
  const [prices, discounts] = await Promise.all([store.loadRows("salesPrice"), store.loadRows("salesLineDiscount")]);
  const lines = new Map<string, number>();
  for (const kind of [prices, discounts])
    for (const l of kind) if (l.salesType === "Campaign") lines.set(l.salesCode, (lines.get(l.salesCode) ?? 0) + 1);
  return new Map(campaigns.map((c) => [c.rowId, lines.get(c.no) ?? 0]));
}

/** IR6: each campaign entry's interactions. */
async function entryInteractions(
  store: SyncStore,
  entries: readonly StoredRow<"campaignEntry">[],
): Promise<Dependents> {
  const key = (campaignNo: string, entryNo: number) => `${campaignNo}\u0000${entryNo}`;
  const counts = new Map<string, number>();
  for (const i of await store.loadRows("interactionLogEntry")) {
    const k = key(i.campaignNo, i.campaignEntryNo);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Map(entries.map((e) => [e.rowId, counts.get(key(e.campaignNo, e.entryNo)) ?? 0]));
}
