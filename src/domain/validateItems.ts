/**
 * Item rules (domain-rules.md §1–2): items, their units of measure and their variants. A unit or variant
 * belongs to one item, so it is looked up under *that* item, never among all items' units.
 */
import { CODE10, CODE20, TEXT100 } from "./codes";
import { checkKey, checkOptionalCode, checkText, IssueList, markDuplicates } from "./fieldChecks";
import { KEY_SEP, markDuplicateKeys } from "./duplicateKeys";
import { checkNotNegative, checkPositive } from "./numberChecks";
import { checkRequiredRef } from "./priceLineChecks";
import type { PricingRefs } from "./pricingRefs";
import type { Issue, Item, ItemUnitOfMeasure, ItemVariant, Lang } from "./records";

/**
 * Items: no. required (Code20) and unique, description Text100, unitPrice ≥ 0, itemDiscGroup must exist when
 * set, base and sales unit must be units of this item when set, and the base unit's quantity must be 1.
 */
export function validateItems(
  rows: readonly Item[],
  refs: Pick<PricingRefs, "itemDiscGroups" | "itemUnits">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((item, row) => {
    const no = checkKey(out, row, "no", item.no, CODE20);
    keys.push(no);
    checkText(out, row, "description", item.description, TEXT100);
    checkNotNegative(out, row, "unitPrice", item.unitPrice, "NEGATIVE_AMOUNT");

    const group = checkOptionalCode(out, row, "itemDiscGroup", item.itemDiscGroup, CODE20);
    if (group !== "" && !refs.itemDiscGroups.has(group)) {
      out.error(row, "itemDiscGroup", "UNKNOWN_ITEM_DISC_GROUP", { code: group });
    }

    // Without a no. the item's units cannot be looked up; KEY_REQUIRED already says what to fix.
    // A missing unit is a warning here: units need their item stored first, so an error would make a
    // catalogue pasted items-then-units impossible to store. Price lines still refuse unknown units.
    const units = no === "" ? undefined : refs.itemUnits.get(no);
    const base = checkOptionalCode(out, row, "baseUnitOfMeasure", item.baseUnitOfMeasure, CODE10);
    if (base !== "" && no !== "") {
      const qty = units?.get(base);
      if (qty === undefined) out.warning(row, "baseUnitOfMeasure", "UNKNOWN_ITEM_UNIT", { item: no, code: base });
      else if (qty !== 1) out.error(row, "baseUnitOfMeasure", "BASE_UNIT_QTY_NOT_ONE", { item: no, code: base, qty });
    }
    const sales = checkOptionalCode(out, row, "salesUnitOfMeasure", item.salesUnitOfMeasure, CODE10);
    if (sales !== "" && no !== "" && units?.has(sales) !== true) {
      out.warning(row, "salesUnitOfMeasure", "UNKNOWN_ITEM_UNIT", { item: no, code: sales });
    }
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}

/**
 * Item units of measure: item must exist, code required (Code10), qtyPerUnitOfMeasure finite and > 0 and
 * exactly 1 for the item's base unit; (itemNo, code) unique, the duplicate shown as `1000 / BOX`.
 */
export function validateItemUnits(
  rows: readonly ItemUnitOfMeasure[],
  refs: Pick<PricingRefs, "items">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((unit, row) => {
    const itemNo = checkRequiredRef(out, row, "itemNo", unit.itemNo, refs.items, "UNKNOWN_ITEM");
    const code = checkKey(out, row, "code", unit.code, CODE10);
    const qty = unit.qtyPerUnitOfMeasure;
    if (checkPositive(out, row, "qtyPerUnitOfMeasure", qty, "QTY_PER_UNIT_NOT_POSITIVE") && qty !== 1) {
      if (code !== "" && refs.items.get(itemNo)?.baseUnitOfMeasure === code) {
        out.error(row, "qtyPerUnitOfMeasure", "BASE_UNIT_QTY_NOT_ONE", { item: itemNo, code, qty });
      }
    }
    keys.push(itemNo !== "" && code !== "" ? itemNo + KEY_SEP + code : "");
  });
  markDuplicateKeys(out, keys, "code", "DUPLICATE_KEY", ["itemNo", "code"]);
  return out.sorted();
}

/** Item variants: item must exist, code required (Code10), description Text100; (itemNo, code) unique. */
export function validateItemVariants(
  rows: readonly ItemVariant[],
  refs: Pick<PricingRefs, "items">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((variant, row) => {
    const itemNo = checkRequiredRef(out, row, "itemNo", variant.itemNo, refs.items, "UNKNOWN_ITEM");
    const code = checkKey(out, row, "code", variant.code, CODE10);
    checkText(out, row, "description", variant.description, TEXT100);
    keys.push(itemNo !== "" && code !== "" ? itemNo + KEY_SEP + code : "");
  });
  markDuplicateKeys(out, keys, "code", "DUPLICATE_KEY", ["itemNo", "code"]);
  return out.sorted();
}
