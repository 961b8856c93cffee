/**
 * The price a customer gets for one sales line (domain-rules.md §5, bc-reference.md §7), with the reasons: the
 * winning price and discount lines, every line that competed and why it lost, and the item's lines of the check's
 * sources that were filtered out. Reads only the item's lines of those sources, so one check costs microseconds.
 */
import { normalizeCode } from "./codes";
import { dayNumber, OPEN_END, OPEN_START, type IndexedLine, type LinesBySource, type PriceIndex } from "./priceIndex";
import { exclusionOf, exclusionParams, rankCandidates, roundUnitAmount, type LineQuery } from "./priceCheckRanking";
import { checkSources, type SourceRef } from "./priceCheckSources";
import type {
  Candidate,
  Choice,
  ExcludedLine,
  PriceCheckContext,
  PriceCheckInput,
  PriceCheckNote,
  PriceCheckResult,
  PriceSource,
} from "./priceCheckTypes";

/** What the candidates of one kind are gathered with. */
interface Gathering {
  kind: "price" | "discount";
  query: LineQuery;
  ctx: PriceCheckContext;
  excluded: ExcludedLine[];
  /** Every filtered-out line is counted; only the first MAX_EXCLUDED are described (they cost allocations). */
  counts: { excluded: number };
  /** A line's stored value → the value it competes with (prices: per line unit, check currency). */
  convert: (line: IndexedLine) => number;
}

/** The dates a line counts with: its own, or for a campaign line with a blank date its campaign's (§3). */
interface LineDates {
  startingDate: string;
  endingDate: string;
  startDay: number;
  endDay: number;
}

function campaignDates(line: IndexedLine, ctx: PriceCheckContext): LineDates {
  const campaign = ctx.campaigns.get(line.salesCode);
  const startingDate = line.startingDate || (campaign?.startingDate ?? "");
  const endingDate = line.endingDate || (campaign?.endingDate ?? "");
  return {
    startingDate,
    endingDate,
    startDay: dayNumber(startingDate, OPEN_START),
    endDay: dayNumber(endingDate, OPEN_END),
  };
}

/** A sales person reads a handful of reasons; the rest is a count. */
export const MAX_EXCLUDED = 50;

/** Adds the candidates of `lines` (one item or item group) for each source; filtered-out lines go to `excluded`. */
function gather(
  into: Candidate[],
  lines: LinesBySource | undefined,
  sources: readonly SourceRef[],
  g: Gathering,
): void {
  if (lines === undefined) return;
  for (const ref of sources) {
    for (const line of lines.get(ref.key) ?? []) {
      // Rare (validated campaign lines carry their dates): only these need a look-up and string work.
      const dates: LineDates = line.campaignDates ? campaignDates(line, g.ctx) : line;
      const reason = exclusionOf(line, dates.startDay, dates.endDay, g.query);
      if (reason !== null) {
        if (g.counts.excluded++ < MAX_EXCLUDED) {
          const params = exclusionParams(reason, line, dates.startingDate, dates.endingDate, g.query);
          g.excluded.push({ kind: g.kind, rowId: line.id, source: ref.source, reason, params });
        }
        continue;
      }
      const value = g.convert(line);
      into.push({
        rowId: line.id,
        source: ref.source,
        currencyCode: line.currencyCode,
        variantCode: line.variantCode,
        unitOfMeasureCode: line.unitOfMeasureCode,
        startingDate: dates.startingDate,
        endingDate: dates.endingDate,
        minimumQuantity: line.minimumQuantity,
        value,
        rankAmount: value,
        allowLineDisc: line.allowLineDisc,
      });
    }
  }
}

/** The line's unit (blank → the item's sales unit, else base unit) and its quantity per unit (1 when unknown). */
function lineUnit(
  input: PriceCheckInput,
  itemNo: string,
  item: { baseUnitOfMeasure: string; salesUnitOfMeasure: string } | undefined,
  ctx: PriceCheckContext,
  notes: PriceCheckNote[],
): [string, number] {
  const base = normalizeCode(item?.baseUnitOfMeasure ?? "");
  const unit = normalizeCode(input.unitOfMeasureCode) || normalizeCode(item?.salesUnitOfMeasure ?? "") || base;
  const qty = ctx.itemUnits.get(itemNo)?.get(unit);
  if (qty !== undefined && qty > 0) return [unit, qty];
  if (item !== undefined && unit !== base)
    notes.push({ code: "UNKNOWN_ITEM_UNIT", params: { item: itemNo, code: unit } });
  return [unit, 1];
}

/**
 * Prices one sales line (§5). Candidates come from all customers, the customer, its price group (discounts: its
 * discount group) and each campaign it is a target of; the best discount is chosen first, because a price that
 * allows line discount competes with its amount after that discount. No price line → the item card's unit price.
 * LCY lines on a foreign-currency check are converted (amount / exchangeRate) and unit amounts rounded to 0.00001.
 */
export function priceCheck(index: PriceIndex, input: PriceCheckInput, ctx: PriceCheckContext): PriceCheckResult {
  const notes: PriceCheckNote[] = [];
  const itemNo = normalizeCode(input.itemNo);
  const item = ctx.items.get(itemNo);
  if (item === undefined) notes.push({ code: "UNKNOWN_ITEM", params: { code: itemNo } });
  const [unit, qtyPerUnit] = lineUnit(input, itemNo, item, ctx, notes);
  const currency = normalizeCode(input.currencyCode);
  const rate = currency === "" ? 1 : (ctx.currencies.get(currency)?.exchangeRate ?? 0);
  if (currency !== "" && !(rate > 0)) notes.push({ code: "UNKNOWN_CURRENCY", params: { code: currency } });
  const quantity = Math.abs(input.quantity);
  const query: LineQuery = {
    variantCode: normalizeCode(input.variantCode),
    currencyCode: currency,
    unitOfMeasureCode: unit,
    date: input.date,
    day: dayNumber(input.date, OPEN_START),
    quantity,
    baseQuantity: quantity * qtyPerUnit,
  };
  const sources = checkSources(input, ctx, notes);
  const excluded: ExcludedLine[] = [];
  const counts = { excluded: 0 };

  const discounts: Candidate[] = [];
  const discountGathering: Gathering = {
    kind: "discount",
    query,
    ctx,
    excluded,
    counts,
    convert: (line) => line.value,
  };
  gather(discounts, index.itemDiscounts.get(itemNo), sources.discounts, discountGathering);
  const itemGroup = normalizeCode(item?.itemDiscGroup ?? "");
  if (itemGroup !== "") gather(discounts, index.groupDiscounts.get(itemGroup), sources.discounts, discountGathering);
  const discount = rankCandidates(discounts, true);
  const bestPct = discount.winner?.value ?? 0;

  // Per line unit in the check's currency: a blank-unit line is per base unit; an LCY line is converted.
  const toLineBasis = (amount: number, blankUnit: boolean, lcy: boolean): number => {
    const perUnit = blankUnit ? amount * qtyPerUnit : amount;
    return roundUnitAmount(lcy && currency !== "" && rate > 0 ? perUnit / rate : perUnit);
  };
  const prices: Candidate[] = [];
  const convert = (line: IndexedLine): number =>
    toLineBasis(line.value, line.unitOfMeasureCode === "", line.currencyCode === "");
  gather(prices, index.prices.get(itemNo), sources.prices, { kind: "price", query, ctx, excluded, counts, convert });
  for (const c of prices) if (c.allowLineDisc) c.rankAmount = roundUnitAmount(c.value * (1 - bestPct / 100));
  const price: Choice = rankCandidates(prices, false);

  const winner = price.winner;
  const unitPrice = winner?.value ?? toLineBasis(item?.unitPrice ?? 0, true, true);
  const allowLineDisc = winner?.allowLineDisc ?? true;
  if (!allowLineDisc && bestPct > 0) {
    notes.push({ code: "PRICE_CHECK_NO_LINE_DISC", params: { pct: bestPct, rowId: winner?.rowId ?? "" } });
  }
  const lineDiscountPct = allowLineDisc ? bestPct : 0;
  const lineAmount = Math.round(input.quantity * unitPrice * (1 - lineDiscountPct / 100) * 100) / 100;
  const priceSource: PriceSource = winner?.source ?? { kind: "itemCard", code: itemNo };
  return {
    unitPrice,
    lineDiscountPct,
    lineAmount,
    unitOfMeasureCode: unit,
    qtyPerUnitOfMeasure: qtyPerUnit,
    priceSource,
    price,
    discount,
    excluded,
    excludedCount: counts.excluded,
    notes,
  };
}
