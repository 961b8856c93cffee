/**
 * Values the domain sets on price and discount lines (domain-rules.md §3, bc-reference.md §1.4, §5.1, §5.2).
 * Pure: each returns new records and never changes its input; a row that needs no change is returned as is.
 */
import { normalizeCode } from "./codes";
import type { PricingRefs } from "./pricingRefs";
import type { IsoDate, SalesLineDiscount, SalesPrice } from "./records";

/** A price or discount line: the campaign-date rules read only these fields. */
type DatedLine = Pick<SalesPrice | SalesLineDiscount, "salesType" | "salesCode" | "startingDate" | "endingDate">;

function isCampaignLine(line: DatedLine, campaignNo: string): boolean {
  return line.salesType === "Campaign" && normalizeCode(line.salesCode) === campaignNo;
}

/** A campaign line with its campaign's dates (§3: they come from the campaign card); other lines unchanged. */
export function withCampaignDates<T extends DatedLine>(row: T, refs: Pick<PricingRefs, "campaigns">): T {
  if (row.salesType !== "Campaign") return row;
  const campaign = refs.campaigns.get(normalizeCode(row.salesCode));
  if (campaign === undefined) return row;
  if (row.startingDate === campaign.startingDate && row.endingDate === campaign.endingDate) return row;
  return { ...row, startingDate: campaign.startingDate, endingDate: campaign.endingDate };
}

/** The item a line is for: SalesPrice.itemNo, or SalesLineDiscount.code when its type is Item; else "". */
function itemOf(line: SalesPrice | SalesLineDiscount): string {
  if ("itemNo" in line) return normalizeCode(line.itemNo);
  return line.type === "Item" ? normalizeCode(line.code) : "";
}

/**
 * BC "Item No. – OnValidate": a new line, or one whose item changed, gets the item's sales unit of measure
 * when its unit is blank. `previous` is the stored line (null when new). Only lines for an item take part.
 */
export function withDefaultUnit(
  row: SalesPrice,
  previous: SalesPrice | null,
  refs: Pick<PricingRefs, "items">,
): SalesPrice;
export function withDefaultUnit(
  row: SalesLineDiscount,
  previous: SalesLineDiscount | null,
  refs: Pick<PricingRefs, "items">,
): SalesLineDiscount;
export function withDefaultUnit(
  row: SalesPrice | SalesLineDiscount,
  previous: SalesPrice | SalesLineDiscount | null,
  refs: Pick<PricingRefs, "items">,
): SalesPrice | SalesLineDiscount {
  if (normalizeCode(row.unitOfMeasureCode) !== "") return row;
  const item = itemOf(row);
  if (item === "" || (previous !== null && itemOf(previous) === item)) return row;
  const salesUnit = refs.items.get(item)?.salesUnitOfMeasure ?? "";
  return salesUnit === "" ? row : { ...row, unitOfMeasureCode: salesUnit };
}

/**
 * The campaign-date cascade (bc-reference §1.4): of `rows`, the lines of campaign `campaignNo` whose dates
 * differ from the new ones, as copies carrying the new dates. Lines already up to date are left out.
 */
export function redateCampaignRows<T extends DatedLine>(
  rows: readonly T[],
  campaignNo: string,
  startingDate: IsoDate,
  endingDate: IsoDate,
): T[] {
  const no = normalizeCode(campaignNo);
  const changed: T[] = [];
  for (const row of rows) {
    if (!isCampaignLine(row, no)) continue;
    if (row.startingDate === startingDate && row.endingDate === endingDate) continue;
    changed.push({ ...row, startingDate, endingDate });
  }
  return changed;
}
