/** Customer rules (domain-rules.md §1–2): the groups and currency a customer names must exist. */
import { CODE10, CODE20, TEXT100 } from "./codes";
import { checkKey, checkOptionalCode, checkText, IssueList, markDuplicates } from "./fieldChecks";
import type { PricingRefs } from "./pricingRefs";
import type { Customer, Issue, Lang } from "./records";

/**
 * Customers: no. required (Code20) and unique, name Text100, contactNo a well-formed Code20 (whether the
 * contact exists is issue 4's rule), customerPriceGroup / customerDiscGroup / currencyCode exist when set.
 */
export function validateCustomers(
  rows: readonly Customer[],
  refs: Pick<PricingRefs, "customerPriceGroups" | "customerDiscGroups" | "currencies">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((c, row) => {
    keys.push(checkKey(out, row, "no", c.no, CODE20));
    checkText(out, row, "name", c.name, TEXT100);
    checkOptionalCode(out, row, "contactNo", c.contactNo, CODE20);

    const priceGroup = checkOptionalCode(out, row, "customerPriceGroup", c.customerPriceGroup, CODE10);
    if (priceGroup !== "" && !refs.customerPriceGroups.has(priceGroup)) {
      out.error(row, "customerPriceGroup", "UNKNOWN_CUSTOMER_PRICE_GROUP", { code: priceGroup });
    }
    const discGroup = checkOptionalCode(out, row, "customerDiscGroup", c.customerDiscGroup, CODE20);
    if (discGroup !== "" && !refs.customerDiscGroups.has(discGroup)) {
      out.error(row, "customerDiscGroup", "UNKNOWN_CUSTOMER_DISC_GROUP", { code: discGroup });
    }
    const currency = checkOptionalCode(out, row, "currencyCode", c.currencyCode, CODE10);
    if (currency !== "" && !refs.currencies.has(currency)) {
      out.error(row, "currencyCode", "UNKNOWN_CURRENCY", { code: currency });
    }
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}
