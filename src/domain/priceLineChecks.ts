/**
 * Rules sales prices and line discounts share (domain-rules.md §3, bc-reference.md §5.1, §5.2, §5.5): the
 * sales type decides what salesCode must be; campaign lines take their dates from the campaign; units and
 * variants belong to one item. Lookup tables are built once per batch, so each row costs a few map reads.
 */
import { CODE10, CODE20, normalizeCode } from "./codes";
import { asText, checkCodeShape, checkDate, type IssueList } from "./fieldChecks";
import { joinKey } from "./duplicateKeys";
import { checkNotNegative } from "./numberChecks";
import type { CodeLookup, PricingRefs } from "./pricingRefs";
import type { IsoDate, SalesDiscountType, SalesPriceType } from "./records";

/** What one sales type asks of salesCode. */
interface SalesTypeRule {
  /** Where salesCode must exist; null means salesCode must be blank (AllCustomers). */
  lookup: CodeLookup | null;
  /** Issue code when salesCode does not exist. */
  unknownCode: string;
  /** salesCode is a campaign: the line takes the campaign's dates. */
  campaign: boolean;
}

/** Per sales type its rule, plus the allowed values as shown in INVALID_SALES_TYPE. */
export interface SalesTypeRules {
  byType: ReadonlyMap<string, SalesTypeRule>;
  allowed: string;
}

const ALL_CUSTOMERS: SalesTypeRule = { lookup: null, unknownCode: "", campaign: false };

function rules(entries: [string, SalesTypeRule][]): SalesTypeRules {
  return { byType: new Map(entries), allowed: entries.map(([type]) => type).join(", ") };
}

/** SalesPrice.salesType → where its salesCode is looked up. */
export function priceSalesTypes(
  refs: Pick<PricingRefs, "customers" | "customerPriceGroups" | "campaigns">,
): SalesTypeRules {
  const order: [SalesPriceType, SalesTypeRule][] = [
    ["Customer", { lookup: refs.customers, unknownCode: "UNKNOWN_CUSTOMER", campaign: false }],
    [
      "CustomerPriceGroup",
      { lookup: refs.customerPriceGroups, unknownCode: "UNKNOWN_CUSTOMER_PRICE_GROUP", campaign: false },
    ],
    ["AllCustomers", ALL_CUSTOMERS],
    ["Campaign", { lookup: refs.campaigns, unknownCode: "UNKNOWN_CAMPAIGN", campaign: true }],
  ];
  return rules(order);
}

/** SalesLineDiscount.salesType → where its salesCode is looked up. */
export function discountSalesTypes(
  refs: Pick<PricingRefs, "customers" | "customerDiscGroups" | "campaigns">,
): SalesTypeRules {
  const order: [SalesDiscountType, SalesTypeRule][] = [
    ["Customer", { lookup: refs.customers, unknownCode: "UNKNOWN_CUSTOMER", campaign: false }],
    [
      "CustomerDiscGroup",
      { lookup: refs.customerDiscGroups, unknownCode: "UNKNOWN_CUSTOMER_DISC_GROUP", campaign: false },
    ],
    ["AllCustomers", ALL_CUSTOMERS],
    ["Campaign", { lookup: refs.campaigns, unknownCode: "UNKNOWN_CAMPAIGN", campaign: true }],
  ];
  return rules(order);
}

/** The fields both line kinds have besides item, unit and variant. */
export interface LineCommon {
  salesType: string;
  salesCode: string;
  currencyCode: string;
  startingDate: IsoDate;
  endingDate: IsoDate;
  minimumQuantity: number;
}

type CampaignDates = { startingDate: IsoDate; endingDate: IsoDate };

/** salesType must be one of `types`; salesCode blank for AllCustomers, else required and existing. */
function checkSalesCode(
  out: IssueList,
  row: number,
  salesType: string,
  salesCode: string,
  rule: SalesTypeRule | undefined,
  allowed: string,
): boolean {
  if (rule === undefined) {
    out.error(row, "salesType", "INVALID_SALES_TYPE", { field: "salesType", value: salesType, allowed });
    return false;
  }
  if (rule.lookup === null) {
    if (salesCode === "") return true;
    out.error(row, "salesCode", "SALES_CODE_MUST_BE_BLANK", { value: salesCode, salesType });
    return false;
  }
  if (salesCode === "") {
    out.error(row, "salesCode", "SALES_CODE_REQUIRED", { salesType });
    return false;
  }
  if (!checkCodeShape(out, row, "salesCode", salesCode, CODE20)) return false;
  if (rule.lookup.has(salesCode)) return true;
  out.error(row, "salesCode", rule.unknownCode, { code: salesCode });
  return false;
}

/** A set line date must equal its campaign's (blank means "the campaign's"); else CAMPAIGN_DATES_FROM_CARD. */
function checkCampaignDate(
  out: IssueList,
  row: number,
  field: string,
  value: string,
  campaign: string,
  campaignDate: IsoDate,
): boolean {
  if (value === campaignDate) return true;
  out.error(row, field, "CAMPAIGN_DATES_FROM_CARD", { field, value, campaign, campaignDate });
  return false;
}

/**
 * Dates are real; a campaign line's set dates equal the campaign's (§3), other lines' are in order.
 * Returns the starting date the line is keyed by (a campaign line: the campaign's), or null on a key error.
 */
function checkLineDates(
  out: IssueList,
  row: number,
  line: LineCommon,
  campaignNo: string,
  campaign: CampaignDates | undefined,
): string | null {
  const start = asText(line.startingDate);
  const end = asText(line.endingDate);
  const hasStart = checkDate(out, row, "startingDate", start);
  const hasEnd = checkDate(out, row, "endingDate", end);
  let ok = start === "" || hasStart;
  if (campaign !== undefined) {
    if (hasStart) ok = checkCampaignDate(out, row, "startingDate", start, campaignNo, campaign.startingDate) && ok;
    if (hasEnd) ok = checkCampaignDate(out, row, "endingDate", end, campaignNo, campaign.endingDate) && ok;
    return ok ? campaign.startingDate : null;
  }
  // ISO dates compare as strings; a blank date is open-ended. Ending date is no key field: ok is kept.
  if (hasStart && hasEnd && start > end) {
    out.error(row, "endingDate", "PRICE_DATES_ORDER", { startingDate: start, endingDate: end });
  }
  return ok ? start : null;
}

/**
 * Checks sales type and code, currency, dates and minimum quantity. Returns the key part
 * (salesType, salesCode, starting date, currency) — a campaign line keyed by its campaign's starting
 * date — or null when any of these fields has an error (the row then takes no part in the duplicate check).
 */
export function checkLineCommon(
  out: IssueList,
  row: number,
  line: LineCommon,
  types: SalesTypeRules,
  refs: Pick<PricingRefs, "currencies" | "campaigns">,
): string | null {
  const salesType = asText(line.salesType);
  const salesCode = normalizeCode(asText(line.salesCode));
  const rule = types.byType.get(salesType);
  let ok = checkSalesCode(out, row, salesType, salesCode, rule, types.allowed);
  const campaign = ok && rule?.campaign === true ? refs.campaigns.get(salesCode) : undefined;

  const currency = normalizeCode(asText(line.currencyCode));
  if (currency !== "") {
    if (!checkCodeShape(out, row, "currencyCode", currency, CODE10)) ok = false;
    else if (!refs.currencies.has(currency)) {
      out.error(row, "currencyCode", "UNKNOWN_CURRENCY", { code: currency });
      ok = false;
    }
  }

  const keyStart = checkLineDates(out, row, line, salesCode, campaign);
  if (!checkNotNegative(out, row, "minimumQuantity", line.minimumQuantity, "NEGATIVE_QUANTITY")) ok = false;
  return ok && keyStart !== null ? joinKey([salesType, salesCode, keyStart, currency]) : null;
}

/**
 * Unit of measure or variant of a line: when set it must be one of *that* item's (`codes` = the item's units
 * or variants; `itemNo` "" = item unusable, shape check only). Returns the code ("" when blank), or null on error.
 */
export function checkItemCode(
  out: IssueList,
  row: number,
  field: string,
  raw: unknown,
  itemNo: string,
  codes: CodeLookup | undefined,
  unknownCode: string,
): string | null {
  const code = normalizeCode(asText(raw));
  if (code === "") return "";
  if (!checkCodeShape(out, row, field, code, CODE10)) return null;
  if (itemNo === "") return null;
  if (codes !== undefined && codes.has(code)) return code;
  out.error(row, field, unknownCode, { item: itemNo, code });
  return null;
}

/**
 * A required code that must exist in `lookup` (item no., discount code). Returns it when set, well formed and
 * found; otherwise "" after reporting KEY_REQUIRED, a shape error or `unknownCode`. `lookup` null: shape only.
 */
export function checkRequiredRef(
  out: IssueList,
  row: number,
  field: string,
  raw: unknown,
  lookup: CodeLookup | null,
  unknownCode: string,
): string {
  const code = normalizeCode(asText(raw));
  if (code === "") {
    out.error(row, field, "KEY_REQUIRED", { field });
    return "";
  }
  if (!checkCodeShape(out, row, field, code, CODE20) || lookup === null) return "";
  if (lookup.has(code)) return code;
  out.error(row, field, unknownCode, { code });
  return "";
}
