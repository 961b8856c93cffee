/**
 * Setup tables prices and discounts refer to (domain-rules.md §1): item discount groups, customer price and
 * discount groups, currencies. Each: code required, unique and within its BC length; description Text100.
 */
import { CODE10, CODE20, TEXT100 } from "./codes";
import { checkKey, checkText, IssueList, markDuplicates, validateCodeList } from "./fieldChecks";
import { checkPositive } from "./numberChecks";
import type { Currency, CustomerDiscountGroup, CustomerPriceGroup, Issue, ItemDiscountGroup, Lang } from "./records";

/** Item discount groups: code Code20. */
export function validateItemDiscountGroups(rows: readonly ItemDiscountGroup[], lang: Lang): Issue[] {
  return validateCodeList(rows, CODE20, lang);
}

/** Customer price groups: code Code10. */
export function validateCustomerPriceGroups(rows: readonly CustomerPriceGroup[], lang: Lang): Issue[] {
  return validateCodeList(rows, CODE10, lang);
}

/** Customer discount groups: code Code20. */
export function validateCustomerDiscountGroups(rows: readonly CustomerDiscountGroup[], lang: Lang): Issue[] {
  return validateCodeList(rows, CODE20, lang);
}

/** Currencies: code Code10; exchangeRate (LCY per unit) finite and > 0 (EXCHANGE_RATE_NOT_POSITIVE). */
export function validateCurrencies(rows: readonly Currency[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((c, row) => {
    keys.push(checkKey(out, row, "code", c.code, CODE10));
    checkText(out, row, "description", c.description, TEXT100);
    checkPositive(out, row, "exchangeRate", c.exchangeRate, "EXCHANGE_RATE_NOT_POSITIVE");
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}
