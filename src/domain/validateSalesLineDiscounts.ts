/** Sales line discount rules (domain-rules.md §2–3, bc-reference.md §5.2, §5.5). */
import { normalizeCode } from "./codes";
import { joinKey, markDuplicateKeys } from "./duplicateKeys";
import { asText, IssueList } from "./fieldChecks";
import { checkPercent } from "./numberChecks";
import { checkItemCode, checkLineCommon, checkRequiredRef, discountSalesTypes } from "./priceLineChecks";
import type { PricingRefs } from "./pricingRefs";
import type { Issue, Lang, LineDiscountType, SalesLineDiscount } from "./records";

/** The fields of a sales line discount's BC primary key. */
const DISCOUNT_KEY_FIELDS = [
  "type",
  "code",
  "salesType",
  "salesCode",
  "startingDate",
  "currencyCode",
  "variantCode",
  "unitOfMeasureCode",
  "minimumQuantity",
];

/** What a line discount refers to: everything in PricingRefs except customer price groups. */
export type SalesLineDiscountRefs = Pick<
  PricingRefs,
  | "items"
  | "itemDiscGroups"
  | "itemUnits"
  | "itemVariants"
  | "customers"
  | "customerDiscGroups"
  | "currencies"
  | "campaigns"
>;

const LINE_DISCOUNT_TYPES: readonly LineDiscountType[] = ["Item", "ItemDiscGroup"];
const ALLOWED_TYPES = LINE_DISCOUNT_TYPES.join(", ");
const UNIT = "unitOfMeasureCode";
const VARIANT = "variantCode";

/** An item discount group line has no unit and no variant (bc-reference §5.2): a set one is refused. */
function checkBlankForGroup(out: IssueList, row: number, field: string, raw: unknown): string | null {
  const value = normalizeCode(asText(raw));
  if (value === "") return "";
  out.error(row, field, "NOT_ALLOWED_FOR_DISC_GROUP", { field, value });
  return null;
}

/**
 * Validates a batch of sales line discounts; `issue.row` is the index in `rows`. Errors as for sales prices
 * (validateSalesPrices), plus INVALID_LINE_DISCOUNT_TYPE, UNKNOWN_ITEM_DISC_GROUP, DISCOUNT_OUT_OF_RANGE,
 * NOT_ALLOWED_FOR_DISC_GROUP, and DUPLICATE_DISCOUNT_LINE instead of DUPLICATE_PRICE_LINE.
 */
export function validateSalesLineDiscounts(
  rows: readonly SalesLineDiscount[],
  refs: SalesLineDiscountRefs,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const types = discountSalesTypes(refs);
  const keys: string[] = [];
  rows.forEach((d, row) => {
    const type = asText(d.type);
    const isItem = type === "Item";
    const isGroup = type === "ItemDiscGroup";
    if (!isItem && !isGroup) {
      out.error(row, "type", "INVALID_LINE_DISCOUNT_TYPE", { field: "type", value: type, allowed: ALLOWED_TYPES });
    }
    const lookup = isItem ? refs.items : isGroup ? refs.itemDiscGroups : null;
    const unknownCode = isItem ? "UNKNOWN_ITEM" : "UNKNOWN_ITEM_DISC_GROUP";
    const code = checkRequiredRef(out, row, "code", d.code, lookup, unknownCode);
    const common = checkLineCommon(out, row, d, types, refs);
    checkPercent(out, row, "lineDiscountPct", d.lineDiscountPct);

    // Type Item: `code` is the item no. ("" when unusable: then only the unit's and variant's shape is checked).
    const item = isItem ? code : "";
    const units = refs.itemUnits.get(item);
    const variants = refs.itemVariants.get(item);
    const unit = isGroup
      ? checkBlankForGroup(out, row, UNIT, d.unitOfMeasureCode)
      : checkItemCode(out, row, UNIT, d.unitOfMeasureCode, item, units, "UNKNOWN_ITEM_UNIT");
    const variant = isGroup
      ? checkBlankForGroup(out, row, VARIANT, d.variantCode)
      : checkItemCode(out, row, VARIANT, d.variantCode, item, variants, "UNKNOWN_ITEM_VARIANT");
    // BC primary key: Type, Code, Sales Type, Sales Code, Starting Date, Currency, Variant, Unit, Minimum Quantity.
    const keyOk = code !== "" && common !== null && unit !== null && variant !== null;
    keys.push(keyOk ? joinKey([type, code, common, variant, unit, d.minimumQuantity]) : "");
  });
  markDuplicateKeys(out, keys, "code", "DUPLICATE_DISCOUNT_LINE", DISCOUNT_KEY_FIELDS);
  return out.sorted();
}
