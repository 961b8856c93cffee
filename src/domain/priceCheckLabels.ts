/**
 * A price check's answer in words (domain-rules.md §5: the answer names the winning row and its source, so a sales
 * person can see why). Texts live in the message catalog, in English and Danish.
 */
import { formatMessage } from "./messages";
import type { Candidate, ExcludedLine, PriceCheckNote, PriceSource } from "./priceCheckTypes";
import type { Lang } from "./records";

const SOURCE_CODES: Readonly<Record<PriceSource["kind"], string>> = {
  campaign: "SOURCE_CAMPAIGN",
  allCustomers: "SOURCE_ALL_CUSTOMERS",
  customer: "SOURCE_CUSTOMER",
  customerPriceGroup: "SOURCE_CUSTOMER_PRICE_GROUP",
  customerDiscGroup: "SOURCE_CUSTOMER_DISC_GROUP",
  itemCard: "SOURCE_ITEM_CARD",
};

/** "campaign CP0003" / "kampagne CP0003", "all customers", "customer 10000", "price group X", "item card", … */
export function describeSource(source: PriceSource, lang: Lang): string {
  return formatMessage(SOURCE_CODES[source.kind], { code: source.code }, lang);
}

/** Why a candidate lost to the winner, in one sentence; "" for the winner. */
export function describeLoss(candidate: Candidate, lang: Lang): string {
  const loss = candidate.lostBecause;
  return loss === undefined ? "" : formatMessage(loss.code, loss.params, lang);
}

/** Why a line of the item was filtered out (other variant, currency or unit, dates, minimum quantity). */
export function describeExclusion(line: ExcludedLine, lang: Lang): string {
  return formatMessage(line.reason, line.params, lang);
}

/** A note of the check (unknown item, customer, contact, unit or currency; line discount not allowed). */
export function describeNote(note: PriceCheckNote, lang: Lang): string {
  return formatMessage(note.code, note.params, lang);
}
