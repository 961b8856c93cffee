/**
 * Why a customer misses a campaign (PN6): for each campaign with a line for the item that would apply on the
 * check's date, unit, variant, currency and quantity but is not a source of the check, what stands in the way —
 * the campaign is not activated, or the customer's company is not in a segment of it with Campaign Target.
 */
import { normalizeCode } from "./codes";
import { formatMessage } from "./messages";
import { checkSources } from "./priceCheckSources";
import { dayNumber, OPEN_END, OPEN_START, type IndexedLine, type LinesBySource, type PriceIndex } from "./priceIndex";
import { exclusionOf, type LineQuery } from "./priceCheckRanking";
import type { CampaignMiss, PriceCheckContext, PriceCheckInput, PriceCheckResult } from "./priceCheckTypes";
import type { Lang } from "./records";

/** What the store knows about activation and campaign-target segments. */
export interface CampaignMissContext {
  /** Campaign nos. that are activated. */
  activated: ReadonlySet<string>;
  /** `missKey(campaignNo, companyContactNo)` for every segment line with Campaign Target. */
  targetedCompanies: ReadonlySet<string>;
}

export function missKey(campaignNo: string, companyNo: string): string {
  return `${campaignNo}\u0000${companyNo}`;
}

function queryOf(input: PriceCheckInput, result: PriceCheckResult): LineQuery {
  const quantity = Math.abs(input.quantity);
  return {
    variantCode: normalizeCode(input.variantCode),
    currencyCode: normalizeCode(input.currencyCode),
    unitOfMeasureCode: result.unitOfMeasureCode,
    date: input.date,
    day: dayNumber(input.date, OPEN_START),
    quantity,
    baseQuantity: quantity * result.qtyPerUnitOfMeasure,
  };
}

/** Best applicable value per campaign that is not among `sources`. */
function bestByCampaign(
  lines: LinesBySource | undefined,
  kind: "price" | "discount",
  sources: ReadonlySet<string>,
  q: LineQuery,
  ctx: PriceCheckContext,
  into: Map<string, number>,
): void {
  for (const list of lines?.values() ?? []) {
    for (const line of list) {
      if (line.salesType !== "Campaign" || sources.has(line.salesCode) || !applies(line, q, ctx)) continue;
      const best = into.get(line.salesCode);
      const better = best === undefined || (kind === "discount" ? line.value > best : line.value < best);
      if (better) into.set(line.salesCode, line.value);
    }
  }
}

function applies(line: IndexedLine, q: LineQuery, ctx: PriceCheckContext): boolean {
  const campaign = ctx.campaigns.get(line.salesCode);
  const start = line.startingDate || (campaign?.startingDate ?? "");
  const end = line.endingDate || (campaign?.endingDate ?? "");
  return exclusionOf(line, dayNumber(start, OPEN_START), dayNumber(end, OPEN_END), q) === null;
}

/** Who the check is for, and the company contact that a segment must hold. */
function partyOf(input: PriceCheckInput, ctx: PriceCheckContext): { who: string; company: string } {
  const customerNo = normalizeCode(input.customerNo ?? "");
  if (customerNo !== "")
    return { who: customerNo, company: normalizeCode(ctx.customers.get(customerNo)?.contactNo ?? "") };
  const contactNo = normalizeCode(input.contactNo ?? "");
  const company = normalizeCode(ctx.contacts?.get(contactNo)?.companyNo ?? "") || contactNo;
  return { who: contactNo, company };
}

/** The campaigns the check's customer (or contact) misses, by campaign no., prices before discounts. */
export function campaignMisses(
  index: PriceIndex,
  input: PriceCheckInput,
  ctx: PriceCheckContext,
  result: PriceCheckResult,
  miss: CampaignMissContext,
): CampaignMiss[] {
  const itemNo = normalizeCode(input.itemNo);
  const sources = checkSources(input, ctx, []);
  const campaignsOf = (refs: typeof sources.prices) =>
    new Set(refs.filter((r) => r.source.kind === "campaign").map((r) => r.source.code));
  const q = queryOf(input, result);
  const prices = new Map<string, number>();
  const discounts = new Map<string, number>();
  bestByCampaign(index.prices.get(itemNo), "price", campaignsOf(sources.prices), q, ctx, prices);
  const discSources = campaignsOf(sources.discounts);
  bestByCampaign(index.itemDiscounts.get(itemNo), "discount", discSources, q, ctx, discounts);
  const group = normalizeCode(ctx.items.get(itemNo)?.itemDiscGroup ?? "");
  if (group !== "") bestByCampaign(index.groupDiscounts.get(group), "discount", discSources, q, ctx, discounts);
  const { who, company } = partyOf(input, ctx);
  const out: CampaignMiss[] = [];
  for (const [kind, best] of [
    ["price", prices],
    ["discount", discounts],
  ] as const) {
    for (const [campaignNo, value] of best) {
      const params = { campaign: campaignNo, item: itemNo, customer: who, contact: company, value };
      out.push({ campaignNo, kind, value, code: reasonOf(campaignNo, company, miss), params });
    }
  }
  return out.sort((a, b) => a.campaignNo.localeCompare(b.campaignNo) || (a.kind === "price" ? -1 : 1));
}

function reasonOf(campaignNo: string, company: string, miss: CampaignMissContext): CampaignMiss["code"] {
  if (company === "") return "MISS_NO_CONTACT";
  const targeted = miss.targetedCompanies.has(missKey(campaignNo, company));
  if (!miss.activated.has(campaignNo)) return targeted ? "MISS_NOT_ACTIVATED" : "MISS_NOT_TARGETED";
  return "MISS_NOT_TARGETED_ACTIVE";
}

/** "Campaign CP0005 gives 14 % on I0001, but C10011 is not in its target group: add contact K0011 …". */
export function describeMiss(m: CampaignMiss, lang: Lang): string {
  const offer = formatMessage(m.kind === "discount" ? "MISS_OFFER_DISCOUNT" : "MISS_OFFER_PRICE", m.params, lang);
  return formatMessage(m.code, { ...m.params, offer }, lang);
}
