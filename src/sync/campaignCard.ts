/**
 * The campaign card's save: the same rules as a sheet row (normalised codes, number series, validation
 * against every stored campaign), one store transaction with the price lines its new dates re-date, then
 * the campaign's row in the sheet follows.
 */
import {
  campaignContentEquals,
  makeIssue,
  manualNoIssue,
  nextNoFromSeries,
  normalizeCode,
  touchCampaign,
} from "../domain";
import type { Campaign, EntityKind, Issue } from "../domain/types";
import { campaignSchema, formatRow } from "../sheets";
import type { StoredRow, SyncStore, UnitOfWork } from "../store";
import type { CellBlock, CellValue, WorkbookPort } from "../workbook";
import type { WorkbookBinding } from "./bindingMetadata";
import { campaignUnitCascade } from "./campaignCascade";
import { contentHash } from "./contentHash";
import type { TableMemory } from "./engine";
import { rulesFor } from "./entityRules";
import type { CardSaveOutcome, CardSaveRequest } from "./planner";

/** Validates the card and builds its unit of work (null when it has errors); nothing is stored here. */
export async function planCardSave(
  store: SyncStore,
  request: CardSaveRequest,
  newRowId: () => string,
): Promise<{ outcome: CardSaveOutcome; unit: UnitOfWork | null }> {
  const { lang } = request;
  const rules = rulesFor("campaign");
  const [stored, refs, series] = await Promise.all([
    store.loadRows("campaign"),
    store.loadReferenceData(),
    store.getNumberSeries(rules.numberSeriesCode ?? ""),
  ]);
  const existing = request.rowId === null ? undefined : stored.find((s) => s.rowId === request.rowId);
  const fail = (issues: Issue[]) => ({ outcome: { ok: false, issues, changes: [] }, unit: null });
  if (request.rowId !== null && !existing) {
    return fail([makeIssue(0, "no", "CAMPAIGN_GONE", "error", { no: request.campaign.no }, lang)]);
  }
  let record: Campaign = {
    ...request.campaign,
    no: normalizeCode(request.campaign.no),
    description: request.campaign.description.trim(),
    salespersonCode: normalizeCode(request.campaign.salespersonCode),
    statusCode: normalizeCode(request.campaign.statusCode),
  };
  const others = stored.filter((s) => s.rowId !== request.rowId);
  const issues: Issue[] = [];
  let nextSeries = series;
  if (record.no === "" && series) {
    const next = nextNoFromSeries(series, new Set(stored.map((s) => s.no)));
    record = { ...record, no: next.no };
    nextSeries = next.series;
  } else if (series && (!existing || existing.no !== record.no)) {
    const manual = manualNoIssue(others.length, "no", series, lang);
    if (manual) issues.push(manual);
  }
  for (const issue of rules.validate([...others, record], refs, lang)) {
    if (issue.row === others.length) issues.push({ ...issue, row: 0 });
  }
  if (issues.some((i) => i.severity === "error")) return fail(issues);

  if (!existing || !campaignContentEquals(existing, record)) record = touchCampaign(record, request.today);
  const rowId = existing?.rowId ?? newRowId();
  const saved: StoredRow<"campaign"> = {
    ...record,
    rowId,
    rowVersion: (existing?.rowVersion ?? 0) + 1,
    rowHash: contentHash(campaignSchema, record),
  };
  const bindingRecord = request.bindingId ? await store.getBinding(request.bindingId) : undefined;
  const own: UnitOfWork<"campaign"> = {
    entity: "campaign",
    deletes: existing && existing.no !== record.no ? [existing.no] : [],
    puts: [saved],
    ...(bindingRecord && !bindingRecord.seenRowIds.includes(rowId)
      ? { binding: { ...bindingRecord, seenRowIds: [...bindingRecord.seenRowIds, rowId] } }
      : {}),
    ...(nextSeries !== series && nextSeries ? { numberSeries: nextSeries } : {}),
    log: {
      at: request.nowIso,
      bindingId: request.bindingId ?? "",
      entity: "campaign",
      origin: "card",
      puts: 1,
      deletes: 0,
      keys: [record.no],
    },
  };
  // The same cascade as a sheet edit: new dates re-date the lines, a new number re-keys them.
  const cascade = await campaignUnitCascade(store, own as UnitOfWork, stored);
  const unit: UnitOfWork = cascade.length > 0 ? { ...(own as UnitOfWork), cascade } : (own as UnitOfWork);
  const changes: EntityKind[] = ["campaign", ...cascade.map((c) => c.entity)];
  return { outcome: { ok: true, issues, saved, changes }, unit };
}

/** Writes the campaign's cells (not the user's own extra columns) where the last reconcile saw its row, or below the table. */
export async function writeCampaignRow(
  workbook: WorkbookPort,
  binding: WorkbookBinding | undefined,
  memory: TableMemory | undefined,
  saved: StoredRow<"campaign">,
): Promise<void> {
  if (!binding || !memory) return;
  const { map } = memory;
  const rowIndex = memory.rowIndexById.get(saved.rowId) ?? memory.bodyRows;
  const byCol = new Map<number, CellValue>();
  const cells = formatRow(campaignSchema, saved);
  campaignSchema.columns.forEach((col, k) => {
    const at = map.fields.get(col.field);
    if (at !== undefined) byCol.set(at, cells[k] ?? "");
  });
  byCol.set(map.status, "");
  byCol.set(map.rowId, saved.rowId);
  byCol.set(map.rowVersion, String(saved.rowVersion));
  const fills = [...map.fields.values(), map.status].map((colIndex) => ({ rowIndex, colIndex, color: null }));
  await workbook.writeCells(binding.tableName, contiguousBlocks(rowIndex, byCol), fills);
}

/** One block per run of adjacent columns. */
export function contiguousBlocks(rowIndex: number, byCol: ReadonlyMap<number, CellValue>): CellBlock[] {
  const cols = [...byCol.keys()].sort((a, b) => a - b);
  const blocks: CellBlock[] = [];
  for (const col of cols) {
    const last = blocks[blocks.length - 1];
    const value = byCol.get(col) as CellValue;
    const lastRow = last?.values[0];
    if (last && lastRow && last.colIndex + lastRow.length === col) lastRow.push(value);
    else blocks.push({ rowIndex, colIndex: col, values: [[value]] });
  }
  return blocks;
}
