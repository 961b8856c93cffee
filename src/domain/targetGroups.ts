/**
 * Campaign target groups (domain-rules.md §4, bc-reference.md §6): who a campaign's prices and discounts apply
 * to while it is activated. A contact is represented by its company; a company linked to a customer by the
 * customer. Everything here is pure and works on plain rows; results are rows to put and rows to delete.
 */
import { normalizeCode } from "./codes";
import type { CampaignTargetGroup, ContactType, SegmentLine, TargetGroupType } from "./records";

/**
 * The fields of an interaction log entry that targeting reads (the full record arrives with the interaction log).
 * Canceled or postponed entries never count as a reference (deviation: BC counts canceled ones).
 */
export interface TargetingInteraction {
  contactNo: string;
  contactCompanyNo: string;
  campaignNo: string;
  campaignTarget: boolean;
  canceled: boolean;
  postponed: boolean;
}

/** The fields of a segment line that targeting reads. */
export type TargetingLine = Pick<SegmentLine, "campaignNo" | "campaignTarget" | "contactNo" | "contactCompanyNo">;

/** Contacts by no.: enough to map a person to its company. */
export type TargetingContacts = ReadonlyMap<string, { type: ContactType; companyNo: string }>;

/** Rows to write and rows to remove, in the shape the store's UnitOfWork.targetGroups takes. */
export interface TargetGroupChanges {
  puts: CampaignTargetGroup[];
  deletes: CampaignTargetGroup[];
}

/** Campaign nos. per target, keyed by `targetKey(type, no)`; build once with `buildTargetGroupLookup`. */
export type TargetGroupLookup = ReadonlyMap<string, readonly string[]>;

/** Key of a target (type, no) in a TargetGroupLookup. */
export function targetKey(type: TargetGroupType, no: string): string {
  return `${type}\u0000${no}`;
}

/** Key of a target-group row: its BC primary key (type, no, campaignNo). */
export function targetGroupRowKey(row: CampaignTargetGroup): string {
  return `${row.type}\u0000${row.no}\u0000${row.campaignNo}`;
}

/**
 * The company a contact belongs to: the contact's companyNo (a company is its own company; a company whose
 * companyNo is blank counts as itself). An unknown contact falls back to the company no. stored on the line.
 * "" when there is none (a person without a company): such a contact gives no row (BC stored a blank no.).
 */
export function companyOf(contactNo: string, storedCompanyNo: string, contacts: TargetingContacts): string {
  const no = normalizeCode(contactNo);
  const contact = contacts.get(no);
  if (contact === undefined) return normalizeCode(storedCompanyNo);
  const company = normalizeCode(contact.companyNo);
  if (company !== "") return company;
  return contact.type === "Company" ? no : "";
}

/** The row of a company in a campaign (bc-reference §6.3): its customer when linked, else the company contact. */
export function targetRowFor(
  companyNo: string,
  campaignNo: string,
  customerByContact: ReadonlyMap<string, string>,
): CampaignTargetGroup {
  const customerNo = customerByContact.get(companyNo);
  return customerNo !== undefined && customerNo !== ""
    ? { type: "Customer", no: customerNo, campaignNo }
    : { type: "Contact", no: companyNo, campaignNo };
}

/** True when a line or interaction targets `campaignNo` and still counts (not canceled, not postponed). */
export function targetsCampaign(ref: TargetingLine | TargetingInteraction, campaignNo: string): boolean {
  if (!ref.campaignTarget || normalizeCode(ref.campaignNo) !== campaignNo) return false;
  return !("canceled" in ref) || (!ref.canceled && !ref.postponed);
}

/** §4.5: a campaign is activated when it has at least one target-group row. */
export function isActivated(campaignNo: string, rows: readonly CampaignTargetGroup[]): boolean {
  const no = normalizeCode(campaignNo);
  return rows.some((row) => row.campaignNo === no);
}

/** Deactivate (§4): every target-group row of the campaign is deleted. */
export function planDeactivation(campaignNo: string, rows: readonly CampaignTargetGroup[]): TargetGroupChanges {
  const no = normalizeCode(campaignNo);
  return { puts: [], deletes: rows.filter((row) => row.campaignNo === no) };
}

/**
 * A customer was created for company contact `companyContactNo` (§4, bc-reference §6.5): in every campaign its
 * Contact row becomes a Customer row for `customerNo`. Only Contact rows are converted (BC matched any type by
 * no., which could also hit a customer whose no. happens to equal the contact's). No duplicate row is put.
 */
export function convertContactToCustomer(
  companyContactNo: string,
  customerNo: string,
  rows: readonly CampaignTargetGroup[],
): TargetGroupChanges {
  const contact = normalizeCode(companyContactNo);
  const customer = normalizeCode(customerNo);
  const existing = new Set(rows.map(targetGroupRowKey));
  const changes: TargetGroupChanges = { puts: [], deletes: [] };
  if (contact === "" || customer === "") return changes;
  for (const row of rows) {
    if (row.type !== "Contact" || row.no !== contact) continue;
    changes.deletes.push(row);
    const converted: CampaignTargetGroup = { type: "Customer", no: customer, campaignNo: row.campaignNo };
    const key = targetGroupRowKey(converted);
    if (existing.has(key)) continue;
    existing.add(key);
    changes.puts.push(converted);
  }
  return changes;
}

/** Campaign nos. per (type, no), sorted, for fast look-ups in price checks (§5). Built in one pass. */
export function buildTargetGroupLookup(rows: readonly CampaignTargetGroup[]): TargetGroupLookup {
  const lookup = new Map<string, string[]>();
  for (const row of rows) {
    const key = targetKey(row.type, row.no);
    const campaigns = lookup.get(key);
    if (campaigns === undefined) lookup.set(key, [row.campaignNo]);
    else if (!campaigns.includes(row.campaignNo)) campaigns.push(row.campaignNo);
  }
  for (const campaigns of lookup.values()) campaigns.sort();
  return lookup;
}
