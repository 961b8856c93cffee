/**
 * The price check's index (domain-rules.md §5, §9): price and discount lines grouped by item (discount lines of an
 * item discount group by that group) and, within it, by source (sales type + sales code). A check then reads only
 * the lines of its item and its sources. Built once per change of the price tables; never mutated afterwards.
 */
import { normalizeCode } from "./codes";
import type { IsoDate, SalesLineDiscount, SalesPrice } from "./records";

/** One price or discount line with normalised codes, as the check compares it. */
export interface IndexedLine {
  id: string;
  salesType: string;
  salesCode: string;
  currencyCode: string;
  variantCode: string;
  unitOfMeasureCode: string;
  startingDate: IsoDate;
  endingDate: IsoDate;
  /** The dates as YYYYMMDD numbers (blank start 0, blank end 99999999): compared without reading strings. */
  startDay: number;
  endDay: number;
  /** A campaign line with a blank date: it takes its campaign's date at check time (§3). */
  campaignDates: boolean;
  minimumQuantity: number;
  /** Price: unitPrice as stored (per row unit, row currency). Discount: lineDiscountPct. */
  value: number;
  /** Price: allowLineDisc. Discount: always true. */
  allowLineDisc: boolean;
}

/** Lines of one item (or item discount group) by source key `sourceKey(salesType, salesCode)`. */
export type LinesBySource = ReadonlyMap<string, readonly IndexedLine[]>;

/** Built by buildPriceIndex; read by priceCheck. */
export interface PriceIndex {
  /** SalesPrice lines by item no. */
  readonly prices: ReadonlyMap<string, LinesBySource>;
  /** SalesLineDiscount lines of type Item by item no. */
  readonly itemDiscounts: ReadonlyMap<string, LinesBySource>;
  /** SalesLineDiscount lines of type ItemDiscGroup by item discount group code. */
  readonly groupDiscounts: ReadonlyMap<string, LinesBySource>;
}

/** YYYYMMDD as a number; `blank` for "". Validated rows hold real ISO dates. */
export function dayNumber(date: IsoDate, blank: number): number {
  return date === ""
    ? blank
    : Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** Blank starting and ending dates as day numbers: open-ended. */
export const OPEN_START = 0;
export const OPEN_END = 99_999_999;

/** Key of a source within an item's lines. */
export function sourceKey(salesType: string, salesCode: string): string {
  return `${salesType}\u0000${salesCode}`;
}

/** Phase 1 grouping: code → salesType → salesCode → rows (nested maps: no key string built per row). */
type Grouped<R> = Map<string, Map<string, Map<string, R[]>>>;

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Phase 1: the rows of each (item or group, source), as references. */
function add<R extends SalesPrice | SalesLineDiscount>(
  index: Grouped<R>,
  code: string,
  row: R,
  intern: Interner,
): void {
  const byType = child(index, code, () => new Map<string, Map<string, R[]>>());
  const byCode = child(byType, row.salesType, () => new Map<string, R[]>());
  const salesCode = intern.code(row.salesCode);
  const rows = byCode.get(salesCode);
  if (rows === undefined) byCode.set(salesCode, [row]);
  else rows.push(row);
}

/**
 * Phase 2: the lines of one group are created together, so they sit side by side in memory and a check reads
 * them in a few cache lines (line objects built in input order lay scattered, and checks were memory-bound).
 */
function finish<R extends SalesPrice | SalesLineDiscount>(
  index: Grouped<R>,
  toLine: (row: R) => IndexedLine,
): Map<string, LinesBySource> {
  const out = new Map<string, LinesBySource>();
  for (const [code, byType] of index) {
    const lines = new Map<string, IndexedLine[]>();
    for (const [salesType, byCode] of byType) {
      for (const [salesCode, rows] of byCode) lines.set(sourceKey(salesType, salesCode), rows.map(toLine));
    }
    out.set(code, lines);
  }
  return out;
}

/**
 * Equal codes and dates share one string and one day number, so a check compares hot, shared values instead of
 * 200,000 scattered copies (the check is bound by memory reads, not by arithmetic).
 */
class Interner {
  private readonly codes = new Map<string, string>();
  private readonly days = new Map<string, number>();

  code(raw: string): string {
    if (raw === "") return raw;
    const known = this.codes.get(raw);
    if (known !== undefined) return known;
    const code = normalizeCode(raw);
    this.codes.set(raw, code);
    return code;
  }

  day(date: IsoDate, blank: number): number {
    if (date === "") return blank;
    let day = this.days.get(date);
    if (day === undefined) {
      day = dayNumber(date, blank);
      this.days.set(date, day);
    }
    return day;
  }
}

function indexed(
  row: SalesPrice | SalesLineDiscount,
  value: number,
  allowLineDisc: boolean,
  group: boolean,
  intern: Interner,
): IndexedLine {
  return {
    id: row.id,
    salesType: row.salesType,
    salesCode: intern.code(row.salesCode),
    currencyCode: intern.code(row.currencyCode),
    // Item discount group lines have no unit or variant (§3); a stray value must not filter them out.
    variantCode: group ? "" : intern.code(row.variantCode),
    unitOfMeasureCode: group ? "" : intern.code(row.unitOfMeasureCode),
    startingDate: row.startingDate,
    endingDate: row.endingDate,
    startDay: intern.day(row.startingDate, OPEN_START),
    endDay: intern.day(row.endingDate, OPEN_END),
    campaignDates: row.salesType === "Campaign" && (row.startingDate === "" || row.endingDate === ""),
    minimumQuantity: row.minimumQuantity,
    value,
    allowLineDisc,
  };
}

/**
 * Groups price lines by item and discount lines by item (type Item) or item discount group (type ItemDiscGroup),
 * then by source. Expects validated rows (rows with errors are never stored); codes are normalised here.
 */
export function buildPriceIndex(prices: readonly SalesPrice[], discounts: readonly SalesLineDiscount[]): PriceIndex {
  const intern = new Interner();
  const byItem: Grouped<SalesPrice> = new Map();
  const byDiscountItem: Grouped<SalesLineDiscount> = new Map();
  const byDiscountGroup: Grouped<SalesLineDiscount> = new Map();
  for (const row of prices) add(byItem, intern.code(row.itemNo), row, intern);
  for (const row of discounts) {
    add(row.type === "ItemDiscGroup" ? byDiscountGroup : byDiscountItem, intern.code(row.code), row, intern);
  }
  return {
    prices: finish(byItem, (row) => indexed(row, row.unitPrice, row.allowLineDisc, false, intern)),
    itemDiscounts: finish(byDiscountItem, (row) => indexed(row, row.lineDiscountPct, true, false, intern)),
    groupDiscounts: finish(byDiscountGroup, (row) => indexed(row, row.lineDiscountPct, true, true, intern)),
  };
}
