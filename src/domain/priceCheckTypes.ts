/** The shapes of a price check (domain-rules.md §5): what it is asked, what it reads, what it answers. */
import type { TargetGroupLookup } from "./targetGroups";
import type { CampaignTargetGroup, ContactType, IsoDate, IssueParams } from "./records";

/** One sales line to price. Give customerNo, or contactNo for a contact without customer (a quote). */
export interface PriceCheckInput {
  customerNo?: string;
  contactNo?: string;
  itemNo: string;
  variantCode: string;
  /** The line's unit; blank = the item's sales unit (else its base unit). */
  unitOfMeasureCode: string;
  /** In the line's unit; the sign is ignored (BC prices |quantity|). */
  quantity: number;
  /** The price date (order date, or posting date for invoices). */
  date: IsoDate;
  /** The document currency; blank = LCY. */
  currencyCode: string;
}

/** The reference data a price check reads. Maps are keyed by normalised codes. */
export interface PriceCheckContext {
  customers: ReadonlyMap<
    string,
    { customerPriceGroup: string; customerDiscGroup: string; contactNo: string; currencyCode: string }
  >;
  items: ReadonlyMap<
    string,
    { unitPrice: number; itemDiscGroup: string; baseUnitOfMeasure: string; salesUnitOfMeasure: string }
  >;
  /** Per item no., its units with their quantity per unit. */
  itemUnits: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** exchangeRate = LCY per 1 unit of the currency. */
  currencies: ReadonlyMap<string, { exchangeRate: number }>;
  /** Target-group rows, or a lookup built once with buildTargetGroupLookup (use that for many checks). */
  targetGroups: TargetGroupLookup | readonly CampaignTargetGroup[];
  /** Campaign dates: a campaign line with a blank date takes its campaign's (§3). */
  campaigns: ReadonlyMap<string, { startingDate: IsoDate; endingDate: IsoDate }>;
  /** Contacts, to find a contact's company (contact checks; customers' contacts are companies already). */
  contacts?: ReadonlyMap<string, { type: ContactType; companyNo: string }>;
  /** Company contact no. → customer no.: a contact check for a company with a customer prices as that customer. */
  customerByContact?: ReadonlyMap<string, string>;
}

/** Who a price or discount line is for, as shown to the user (describeSource). */
export interface PriceSource {
  kind: "campaign" | "allCustomers" | "customer" | "customerPriceGroup" | "customerDiscGroup" | "itemCard";
  /** Campaign no., customer no., group code or item no.; "" for all customers. */
  code: string;
}

/** Why a candidate lost to the winner: a message code (LOST_…) and its parameters. */
export interface LossReason {
  code: string;
  params: IssueParams;
}

/** A line that passed every filter and competed. */
export interface Candidate {
  /** SalesPrice.id or SalesLineDiscount.id. */
  rowId: string;
  source: PriceSource;
  currencyCode: string;
  variantCode: string;
  unitOfMeasureCode: string;
  /** The dates the line counts with (a campaign line's blank date is its campaign's). */
  startingDate: IsoDate;
  endingDate: IsoDate;
  minimumQuantity: number;
  /** Price: unit price per line unit in the check's currency. Discount: line discount %. */
  value: number;
  /** Price: what prices compete on — value × (1 − best discount %/100) when allowLineDisc, else value. Discount: the %. */
  rankAmount: number;
  /** Price: the line's allowLineDisc. Discount: true. */
  allowLineDisc: boolean;
  /** Absent on the winner. */
  lostBecause?: LossReason;
}

/** The winner (null: none qualified) and every candidate, best first (the winner, when any, is the first). */
export interface Choice {
  winner: Candidate | null;
  candidates: Candidate[];
}

/** Why a line of the item and of one of the check's sources did not compete. */
export type ExclusionReason = "OUT_OF_DATES" | "MIN_QTY" | "OTHER_CURRENCY" | "OTHER_VARIANT" | "OTHER_UNIT";

export interface ExcludedLine {
  kind: "price" | "discount";
  rowId: string;
  source: PriceSource;
  reason: ExclusionReason;
  /** What the message shows: the line's other value, its dates and the price date, or minimum and quantity. */
  params: IssueParams;
}

/** Something the check could not resolve (UNKNOWN_ITEM, UNKNOWN_CUSTOMER, …), as a message code and params. */
export interface PriceCheckNote {
  code: string;
  params: IssueParams;
}

export interface PriceCheckResult {
  /** Per line unit, in the check's currency. */
  unitPrice: number;
  /** 0 when the winning price does not allow line discount. */
  lineDiscountPct: number;
  /** quantity × unitPrice × (1 − lineDiscountPct/100), rounded to 0.01. */
  lineAmount: number;
  /** The line's unit after defaulting, and its quantity per unit (base units). */
  unitOfMeasureCode: string;
  qtyPerUnitOfMeasure: number;
  /** Where unitPrice comes from: the winner's source, or the item card. */
  priceSource: PriceSource;
  price: Choice;
  discount: Choice;
  /** Lines of the item and sources that were filtered out, with why (the first MAX_EXCLUDED of them). */
  excluded: ExcludedLine[];
  /** How many lines were filtered out in all. */
  excludedCount: number;
  notes: PriceCheckNote[];
  /** PN6: campaigns whose lines would apply but the customer is not a target of, and why (set by the engine). */
  misses?: CampaignMiss[];
}

/** One campaign the check's customer misses, for one kind of line, with the best value it would give. */
export interface CampaignMiss {
  campaignNo: string;
  kind: "price" | "discount";
  /** Discount: the best %; price: the lowest unit price as stored. */
  value: number;
  code: "MISS_NOT_ACTIVATED" | "MISS_NOT_TARGETED" | "MISS_NOT_TARGETED_ACTIVE" | "MISS_NO_CONTACT";
  params: IssueParams;
}
