/** Sales price rules (domain-rules.md §2–3, bc-reference.md §5.1, §5.5). */
import { joinKey, markDuplicateKeys } from "./duplicateKeys";
import { IssueList } from "./fieldChecks";
import { checkNotNegative } from "./numberChecks";
import { checkItemCode, checkLineCommon, checkRequiredRef, priceSalesTypes } from "./priceLineChecks";
import type { PricingRefs } from "./pricingRefs";
import type { Issue, Lang, SalesPrice } from "./records";

/** What a sales price refers to: everything in PricingRefs except the discount groups. */
export type SalesPriceRefs = Pick<
  PricingRefs,
  "items" | "itemUnits" | "itemVariants" | "customers" | "customerPriceGroups" | "currencies" | "campaigns"
>;

/** The fields of a sales price's BC primary key. */
const PRICE_KEY_FIELDS = [
  "itemNo",
  "salesType",
  "salesCode",
  "startingDate",
  "currencyCode",
  "variantCode",
  "unitOfMeasureCode",
  "minimumQuantity",
];

/**
 * Validates a batch of sales prices; `issue.row` is the index in `rows`. Errors: KEY_REQUIRED, CODE_TOO_LONG,
 * CODE_INVALID_CHARS, UNKNOWN_ITEM, INVALID_SALES_TYPE, SALES_CODE_MUST_BE_BLANK, SALES_CODE_REQUIRED,
 * UNKNOWN_CUSTOMER / _CUSTOMER_PRICE_GROUP / _CAMPAIGN, UNKNOWN_CURRENCY, INVALID_DATE, PRICE_DATES_ORDER,
 * CAMPAIGN_DATES_FROM_CARD, INVALID_NUMBER, NEGATIVE_AMOUNT, NEGATIVE_QUANTITY, UNKNOWN_ITEM_UNIT,
 * UNKNOWN_ITEM_VARIANT, DUPLICATE_PRICE_LINE (BC primary key repeated; campaign lines keyed by campaign dates).
 */
export function validateSalesPrices(rows: readonly SalesPrice[], refs: SalesPriceRefs, lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const types = priceSalesTypes(refs);
  const keys: string[] = [];
  rows.forEach((p, row) => {
    const item = checkRequiredRef(out, row, "itemNo", p.itemNo, refs.items, "UNKNOWN_ITEM");
    const common = checkLineCommon(out, row, p, types, refs);
    checkNotNegative(out, row, "unitPrice", p.unitPrice, "NEGATIVE_AMOUNT");
    const units = refs.itemUnits.get(item);
    const unit = checkItemCode(out, row, "unitOfMeasureCode", p.unitOfMeasureCode, item, units, "UNKNOWN_ITEM_UNIT");
    const variants = refs.itemVariants.get(item);
    const variant = checkItemCode(out, row, "variantCode", p.variantCode, item, variants, "UNKNOWN_ITEM_VARIANT");
    // BC primary key: Item No., Sales Type, Sales Code, Starting Date, Currency, Variant, Unit, Minimum Quantity.
    const keyOk = item !== "" && common !== null && unit !== null && variant !== null;
    keys.push(keyOk ? joinKey([item, common, variant, unit, p.minimumQuantity]) : "");
  });
  markDuplicateKeys(out, keys, "itemNo", "DUPLICATE_PRICE_LINE", PRICE_KEY_FIELDS);
  return out.sorted();
}
