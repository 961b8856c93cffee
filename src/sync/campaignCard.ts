/**
 * The campaign card's save: the same rules as a sheet row (normalised codes, number series, validation
 * against every stored campaign), one store transaction, then the campaign's row in the sheet follows.
 */
import {
  campaignContentEquals,
  makeIssue,
  manualNoIssue,
  nextNoFromSeries,
  normalizeCode,
  touchCampaign,
} from "../domain";
import type { Campaign, Issue, Lang } from "../domain/types";
import { campaignSchema, formatRow } from "../sheets";
import type { StoredRow, SyncStore, UnitOfWork } from "../store";
import type { CellBlock, CellValue, WorkbookPort } from "../workbook";
import type { WorkbookBinding } from "./bindingMetadata";
import { contentHash } from "./contentHash";
import type { SaveResult, TableMemory } from "./engine";
import { rulesFor } from "./entityRules";
import type { Clock, IdSource } from "./ports";

export interface CardDeps {
  workbook: WorkbookPort;
  store: SyncStore;
  clock: Clock;
  ids: IdSource;
  lang: Lang;
  binding: WorkbookBinding | undefined;
  memory: TableMemory | undefined;
  rowId: string | null;
  campaign: Campaign;
}

export async function saveCampaignEdit(deps: CardDeps): Promise<SaveResult> {
  const { store, lang } = deps;
  const rules = rulesFor("campaign");
  const [stored, refs, series] = await Promise.all([
    store.loadRows("campaign"),
    store.loadReferenceData(),
    store.getNumberSeries(rules.numberSeriesCode ?? ""),
  ]);
  const existing = deps.rowId === null ? undefined : stored.find((s) => s.rowId === deps.rowId);
  if (deps.rowId !== null && !existing) {
    return { ok: false, issues: [makeIssue(0, "no", "CAMPAIGN_GONE", "error", { no: deps.campaign.no }, lang)] };
  }
  let record: Campaign = {
    ...deps.campaign,
    no: normalizeCode(deps.campaign.no),
    description: deps.campaign.description.trim(),
    salespersonCode: normalizeCode(deps.campaign.salespersonCode),
    statusCode: normalizeCode(deps.campaign.statusCode),
  };
  const others = stored.filter((s) => s.rowId !== deps.rowId);
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
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };

  if (!existing || !campaignContentEquals(existing, record)) record = touchCampaign(record, deps.clock.today());
  const rowId = existing?.rowId ?? deps.ids.next();
  const saved: StoredRow<"campaign"> = {
    ...record,
    rowId,
    rowVersion: (existing?.rowVersion ?? 0) + 1,
    rowHash: contentHash(campaignSchema, record),
  };
  const bindingRecord = deps.binding ? await store.getBinding(deps.binding.id) : undefined;
  const unit: UnitOfWork<"campaign"> = {
    entity: "campaign",
    deletes: existing && existing.no !== record.no ? [existing.no] : [],
    puts: [saved],
    ...(bindingRecord && !bindingRecord.seenRowIds.includes(rowId)
      ? { binding: { ...bindingRecord, seenRowIds: [...bindingRecord.seenRowIds, rowId] } }
      : {}),
    ...(nextSeries !== series && nextSeries ? { numberSeries: nextSeries } : {}),
    log: {
      at: deps.clock.nowIso(),
      bindingId: deps.binding?.id ?? "",
      entity: "campaign",
      origin: "card",
      puts: 1,
      deletes: 0,
      keys: [record.no],
    },
  };
  await store.commit(unit);
  await writeCampaignRow(deps, saved);
  return { ok: true, issues, saved };
}

/** Writes the campaign's cells (not the user's own extra columns) where the last reconcile saw its row, or below the table. */
async function writeCampaignRow(deps: CardDeps, saved: StoredRow<"campaign">): Promise<void> {
  const { binding, memory } = deps;
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
  await deps.workbook.writeCells(binding.tableName, contiguousBlocks(rowIndex, byCol), fills);
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
