/**
 * After a campaign is deleted (confirmed, rule CD1), the sheets made for it alone go too (rule CD2): its own price
 * and discount sheets are deleted from the workbook and their bindings from the binding table, so no orphan
 * "Discounts CP0003" sheet, blank banded rows or "0 rows" binding stays behind.
 */
import type { WorkbookPort } from "../../workbook";
import { removeBindings } from "./bindingTable";
import type { BoundTables } from "./boundTables";

export async function removeCampaignSheets(
  workbook: WorkbookPort,
  tables: BoundTables,
  campaignNos: readonly string[],
): Promise<void> {
  if (campaignNos.length === 0) return;
  const gone = new Set(campaignNos);
  const own = tables.all().filter((b) => b.scope?.campaignNo !== undefined && gone.has(b.scope.campaignNo));
  if (own.length === 0) return;
  for (const b of own) await tables.remove(b.id);
  await removeBindings(workbook, new Set(own.map((b) => b.id)));
  for (const b of own) await workbook.removeSheetOf(b.tableName);
}
