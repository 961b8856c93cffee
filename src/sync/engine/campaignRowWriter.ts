/** After the campaign card's save, the campaign's row in the sheet shows it (the person's own extra columns untouched). */
import { campaignSchema, formatRow } from "../../sheets";
import type { StoredRow } from "../../store";
import type { CellBlock, CellValue, WorkbookPort } from "../../workbook";
import type { WorkbookBinding } from "./bindingTable";
import type { TableMemory } from "./syncEngine";

/** Writes the campaign's cells where the last reconcile saw its row, or below the table. */
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
