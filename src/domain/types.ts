/**
 * Records of the domain (../shared/spec/domain-rules.md §1) and the shape of a validation issue (§2).
 * Plain JSON: dates are ISO `YYYY-MM-DD` strings, `""` for empty; codes upper-case and trimmed.
 */

/** The two languages every message exists in; chosen from the Office display language. */
export type Lang = "en" | "da";

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

/** Names of the record kinds the add-in binds to sheets. */
export type EntityKind = "campaignStatus" | "salesperson" | "campaign";

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
