/**
 * Records of the domain (../shared/spec/domain-rules.md §1) and the shape of a validation issue (§2).
 * Plain JSON: dates are ISO `YYYY-MM-DD` strings, `""` for empty; codes upper-case and trimmed.
 */
import type { Opportunity, OpportunityEntry, SalesCycle, SalesCycleStage } from "./opportunityRecords";
import type { Activity, ActivityStep, Task } from "./taskRecords";

/** The two languages every message exists in; chosen from the Office display language. */
export type Lang = "en" | "da";

/** A text in both message languages. */
export type Texts = Readonly<Record<Lang, string>>;

/** ISO calendar date `YYYY-MM-DD`, or `""` for an open/empty date. */
export type IsoDate = string;

export interface CampaignStatus {
  code: string; // Code10
  description: string;
}

export interface Salesperson {
  code: string; // Code20
  name: string;
  email: string;
  blocked: boolean;
}

export interface NumberSeries {
  code: string; // Code20
  startingNo: string;
  lastNoUsed: string;
  manualNos: boolean;
}

export interface Campaign {
  no: string; // Code20
  description: string;
  startingDate: IsoDate;
  endingDate: IsoDate;
  salespersonCode: string;
  statusCode: string;
  lastDateModified: IsoDate;
}

export interface Item {
  no: string; // Code20
  description: string;
  baseUnitOfMeasure: string; // Code10, a unit of this item with qty 1
  salesUnitOfMeasure: string; // Code10, a unit of this item
  unitPrice: number; // ≥ 0, LCY
  itemDiscGroup: string; // Code20 → ItemDiscountGroup
  priceIncludesVat: boolean;
}

/** Key (itemNo, code). */
export interface ItemUnitOfMeasure {
  itemNo: string;
  code: string; // Code10
  qtyPerUnitOfMeasure: number; // > 0; 1 for the item's base unit
}

/** Key (itemNo, code). */
export interface ItemVariant {
  itemNo: string;
  code: string; // Code10
  description: string;
}

export interface ItemDiscountGroup {
  code: string; // Code20
  description: string;
}

/** Customer price and discount groups: what a customer's prices and discounts may be given to. */
export interface CustomerPriceGroup {
  code: string; // Code10
  description: string;
}

export interface CustomerDiscountGroup {
  code: string; // Code20
  description: string;
}

export interface Currency {
  code: string; // Code10
  description: string;
  exchangeRate: number; // LCY per 1 unit, > 0
}

export interface Customer {
  no: string; // Code20
  name: string;
  contactNo: string; // its company contact (issue 4 checks it)
  customerPriceGroup: string; // Code10
  customerDiscGroup: string; // Code20
  currencyCode: string; // Code10, "" = LCY
}

export type SalesPriceType = "Customer" | "CustomerPriceGroup" | "AllCustomers" | "Campaign";
export type SalesDiscountType = "Customer" | "CustomerDiscGroup" | "AllCustomers" | "Campaign";
export type LineDiscountType = "Item" | "ItemDiscGroup";

/** Key `id` (the row id); the BC primary key (itemNo, salesType, salesCode, startingDate, currencyCode, variantCode, unitOfMeasureCode, minimumQuantity) must be unique. */
export interface SalesPrice {
  id: string;
  itemNo: string;
  salesType: SalesPriceType;
  salesCode: string;
  currencyCode: string;
  startingDate: IsoDate;
  endingDate: IsoDate;
  unitPrice: number;
  priceIncludesVat: boolean;
  allowLineDisc: boolean;
  allowInvoiceDisc: boolean;
  minimumQuantity: number;
  unitOfMeasureCode: string;
  variantCode: string;
}

/** Key `id` (the row id); the BC primary key (type, code, salesType, salesCode, startingDate, currencyCode, variantCode, unitOfMeasureCode, minimumQuantity) must be unique. */
export interface SalesLineDiscount {
  id: string;
  type: LineDiscountType;
  code: string;
  salesType: SalesDiscountType;
  salesCode: string;
  currencyCode: string;
  startingDate: IsoDate;
  endingDate: IsoDate;
  lineDiscountPct: number;
  minimumQuantity: number;
  unitOfMeasureCode: string;
  variantCode: string;
}

export type ContactType = "Company" | "Person";

/** A company or a person; a person belongs to the company `companyNo` (a company's companyNo is its own no.). */
export interface Contact {
  no: string; // Code20
  type: ContactType;
  name: string;
  companyNo: string;
  salespersonCode: string;
  email: string;
  postCode: string;
  city: string;
  countryCode: string;
  territoryCode: string;
  excludeFromSegment: boolean;
}

export interface Team {
  code: string; // Code10
  name: string;
}

/** Key (teamCode, salespersonCode). */
export interface TeamMember {
  teamCode: string;
  salespersonCode: string;
}

export interface InteractionGroup {
  code: string; // Code10
  description: string;
}

export type InformationFlow = "" | "Outbound" | "Inbound";
export type InitiatedBy = "" | "Us" | "Them";

export interface InteractionTemplate {
  code: string; // Code10
  interactionGroupCode: string;
  description: string;
  unitCost: number;
  unitDuration: number;
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
  campaignNo: string;
  campaignTarget: boolean;
  campaignResponse: boolean;
}

/** Edited in the pane; its values are the defaults of its lines (domain-rules §4). */
export interface SegmentHeader {
  no: string; // Code20
  description: string;
  campaignNo: string;
  campaignTarget: boolean;
  campaignResponse: boolean;
  salespersonCode: string;
  interactionTemplateCode: string;
  unitCost: number;
  unitDuration: number;
  date: IsoDate;
}

export type Evaluation = "" | "VeryPositive" | "Positive" | "Neutral" | "Negative" | "VeryNegative";

/** Key (segmentNo, lineNo). */
export interface SegmentLine {
  segmentNo: string;
  lineNo: number;
  contactNo: string;
  contactCompanyNo: string; // derived from the contact
  campaignNo: string;
  campaignTarget: boolean;
  campaignResponse: boolean;
  salespersonCode: string;
  interactionTemplateCode: string;
  description: string;
  cost: number;
  duration: number;
  date: IsoDate;
  evaluation: Evaluation;
  attemptFailed: boolean;
}

/**
 * A campaign whose prices and discounts were activated (domain-rules §4). Kept in the workbook so a copy knows
 * which campaigns are activated; the target group itself is recomputed from segments and interactions.
 * Not a BC record: docs/spec/document-layout.md.
 */
export interface CampaignActivation {
  campaignNo: string; // Code20
}

export type TargetGroupType = "Customer" | "Contact";

/** Key (type, no, campaignNo): who a campaign's prices and discounts apply to while it is activated. */
export interface CampaignTargetGroup {
  type: TargetGroupType;
  no: string; // customer no., or a COMPANY contact no.
  campaignNo: string;
}

/** A logged segment (BC table 5075, Logged Segment): what Log Segment left of a segment (domain-rules §6). */
export interface LoggedSegment {
  entryNo: number;
  segmentNo: string;
  description: string;
  creationDate: IsoDate;
  userId: string;
  canceled: boolean;
}

/** A campaign entry (BC table 5072): one per campaign a logged segment or single interactions reached (§6). */
export interface CampaignEntry {
  entryNo: number;
  campaignNo: string;
  description: string;
  date: IsoDate;
  userId: string;
  segmentNo: string;
  salespersonCode: string;
  /** The logged segment's entry no.; 0 for single interactions. */
  registerNo: number;
  canceled: boolean;
}

/**
 * An interaction log entry (BC table 5065). informationFlow and initiatedBy are not in domain-rules §1; they follow
 * BC's fields of the same names (docs/spec/interaction-rules.md, IR3).
 */
export interface InteractionLogEntry {
  entryNo: number;
  contactNo: string;
  contactCompanyNo: string;
  date: IsoDate;
  description: string;
  interactionTemplateCode: string;
  interactionGroupCode: string;
  cost: number;
  duration: number;
  campaignNo: string;
  /** 0 when the interaction has no campaign entry. */
  campaignEntryNo: number;
  campaignTarget: boolean;
  campaignResponse: boolean;
  segmentNo: string;
  /** 0 for an interaction not logged with a segment. */
  loggedSegmentEntryNo: number;
  salespersonCode: string;
  evaluation: Evaluation;
  attemptFailed: boolean;
  canceled: boolean;
  postponed: boolean;
  opportunityNo: string;
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
}

/** Names of the record kinds the add-in binds to sheets. */
export type EntityKind = keyof EntityRecords;

/** The record type of each bound kind: the vocabulary the sheets, the store and the engine share. */
export interface EntityRecords {
  campaignStatus: CampaignStatus;
  salesperson: Salesperson;
  campaign: Campaign;
  itemDiscountGroup: ItemDiscountGroup;
  customerPriceGroup: CustomerPriceGroup;
  customerDiscountGroup: CustomerDiscountGroup;
  currency: Currency;
  item: Item;
  itemUnitOfMeasure: ItemUnitOfMeasure;
  itemVariant: ItemVariant;
  customer: Customer;
  salesPrice: SalesPrice;
  salesLineDiscount: SalesLineDiscount;
  contact: Contact;
  team: Team;
  teamMember: TeamMember;
  interactionGroup: InteractionGroup;
  interactionTemplate: InteractionTemplate;
  segmentHeader: SegmentHeader;
  segmentLine: SegmentLine;
  numberSeries: NumberSeries;
  campaignActivation: CampaignActivation;
  loggedSegment: LoggedSegment;
  campaignEntry: CampaignEntry;
  interactionLogEntry: InteractionLogEntry;
  salesCycle: SalesCycle;
  salesCycleStage: SalesCycleStage;
  opportunity: Opportunity;
  opportunityEntry: OpportunityEntry;
  activity: Activity;
  activityStep: ActivityStep;
  task: Task;
}

export type Severity = "error" | "warning";

/** Values substituted into a message template, e.g. `{ code: "XYZ" }`. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem with one row (and, when known, one field). `row` is the index of the row in the batch
 * that was validated (the caller maps it to a sheet row). A row with an error is never stored.
 */
export interface Issue {
  row: number;
  field: string; // a record field name, or "" for the whole row
  code: string; // stable, e.g. CAMPAIGN_DATES_ORDER
  severity: Severity;
  params: IssueParams;
  message: string; // already in the requested language
}

/** Thrown only for programming errors and for calcDate's malformed formula; never for bad user data. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
