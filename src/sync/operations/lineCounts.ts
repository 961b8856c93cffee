/** How many price and discount lines each campaign has, for the pane's price-list view. */
import type { SyncStore } from "../../store";
import type { LineCounts } from "./operationTypes";

export async function countLines(store: SyncStore): Promise<LineCounts> {
  const [prices, discounts] = await Promise.all([store.loadRows("salesPrice"), store.loadRows("salesLineDiscount")]);
  return { salesPrice: byCampaign(prices), salesLineDiscount: byCampaign(discounts) };
}

function byCampaign(rows: readonly { salesType: string; salesCode: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) if (r.salesType === "Campaign") counts[r.salesCode] = (counts[r.salesCode] ?? 0) + 1;
  return counts;
}
