/**
 * Whose lines a price check reads (domain-rules.md §5, bc-reference.md §7.2): all customers, the customer, its
 * price or discount group, and each campaign the customer is a target of — through Customer rows, or only when
 * there are none, through Contact rows of its company contact.
 */
import { normalizeCode } from "./codes";
import type { PriceCheckContext, PriceCheckInput, PriceCheckNote, PriceSource } from "./priceCheckTypes";
import { buildTargetGroupLookup, targetKey, type TargetGroupLookup } from "./targetGroups";
import { sourceKey } from "./priceIndex";
import type { CampaignTargetGroup } from "./records";

/** One source: the (salesType, salesCode) its lines carry and how it is shown. */
export interface SourceRef {
  /** sourceKey(salesType, salesCode): where the source's lines sit in the index. */
  key: string;
  source: PriceSource;
}

function ref(salesType: string, salesCode: string, source: PriceSource): SourceRef {
  return { key: sourceKey(salesType, salesCode), source };
}

/** The price and discount sources of one check. */
export interface CheckSources {
  prices: SourceRef[];
  discounts: SourceRef[];
}

function isLookup(groups: PriceCheckContext["targetGroups"]): groups is TargetGroupLookup {
  return !Array.isArray(groups);
}

function lookupOf(groups: PriceCheckContext["targetGroups"]): TargetGroupLookup {
  return isLookup(groups) ? groups : buildTargetGroupLookup(groups as readonly CampaignTargetGroup[]);
}

/** The company of a contact: its companyNo when known, else the contact itself (customers' contacts are companies). */
function companyOfContact(contactNo: string, ctx: PriceCheckContext): string {
  const contact = ctx.contacts?.get(contactNo);
  const company = contact === undefined ? "" : normalizeCode(contact.companyNo);
  return company !== "" ? company : contactNo;
}

/** Campaign nos. of a customer (Customer rows; only when none, Contact rows of `companyNo`), or of a company. */
function campaignsOf(customerNo: string, companyNo: string, lookup: TargetGroupLookup): readonly string[] {
  if (customerNo !== "") {
    const own = lookup.get(targetKey("Customer", customerNo));
    if (own !== undefined && own.length > 0) return own;
  }
  return companyNo === "" ? [] : (lookup.get(targetKey("Contact", companyNo)) ?? []);
}

const ALL: SourceRef = ref("AllCustomers", "", { kind: "allCustomers", code: "" });

/**
 * The sources of a check, in display order: all customers, customer, group, campaigns (sorted). A contact whose
 * company is linked to a customer is priced as that customer. Unknown customers or contacts add a note.
 */
export function checkSources(input: PriceCheckInput, ctx: PriceCheckContext, notes: PriceCheckNote[]): CheckSources {
  let customerNo = normalizeCode(input.customerNo ?? "");
  let companyNo = "";
  if (customerNo === "") {
    const contactNo = normalizeCode(input.contactNo ?? "");
    if (contactNo !== "") {
      if (ctx.contacts !== undefined && !ctx.contacts.has(contactNo)) {
        notes.push({ code: "UNKNOWN_CONTACT", params: { code: contactNo } });
      }
      companyNo = companyOfContact(contactNo, ctx);
      customerNo = ctx.customerByContact?.get(companyNo) ?? "";
    }
  }
  const customer = customerNo === "" ? undefined : ctx.customers.get(customerNo);
  if (customerNo !== "" && customer === undefined)
    notes.push({ code: "UNKNOWN_CUSTOMER", params: { code: customerNo } });
  if (customer !== undefined) companyNo = companyOfContact(normalizeCode(customer.contactNo), ctx);

  const prices: SourceRef[] = [ALL];
  const discounts: SourceRef[] = [ALL];
  if (customerNo !== "") {
    const own = ref("Customer", customerNo, { kind: "customer", code: customerNo });
    prices.push(own);
    discounts.push(own);
  }
  const priceGroup = normalizeCode(customer?.customerPriceGroup ?? "");
  if (priceGroup !== "") {
    const source: PriceSource = { kind: "customerPriceGroup", code: priceGroup };
    prices.push(ref("CustomerPriceGroup", priceGroup, source));
  }
  const discGroup = normalizeCode(customer?.customerDiscGroup ?? "");
  if (discGroup !== "") {
    const source: PriceSource = { kind: "customerDiscGroup", code: discGroup };
    discounts.push(ref("CustomerDiscGroup", discGroup, source));
  }
  for (const campaignNo of campaignsOf(customerNo, companyNo, lookupOf(ctx.targetGroups))) {
    const campaign = ref("Campaign", campaignNo, { kind: "campaign", code: campaignNo });
    prices.push(campaign);
    discounts.push(campaign);
  }
  return { prices, discounts };
}
