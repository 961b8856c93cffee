/**
 * Keeping an activated campaign's target groups in step with its segment lines (domain-rules.md §4,
 * bc-reference.md §6.4). Deviation from BC: removing the last reference of a company really removes its row
 * (BC looked the row up under the person's no. and counted the wrong table, so rows were practically never removed).
 */
import { normalizeCode } from "./codes";
import {
  companyOf,
  targetGroupRowKey,
  targetRowFor,
  targetsCampaign,
  type TargetGroupChanges,
  type TargetingContacts,
  type TargetingInteraction,
  type TargetingLine,
} from "./targetGroups";
import type { CampaignTargetGroup, SegmentLine } from "./records";

/** A segment line as upkeep reads it: its key plus the targeting fields. */
export type UpkeepLine = TargetingLine & Pick<SegmentLine, "segmentNo" | "lineNo">;

/** One change to segment lines and what it is checked against. */
export interface LineUpkeepInput {
  /** Stored versions of the lines removed or edited. */
  before: readonly UpkeepLine[];
  /** New versions of the lines added or edited. */
  after: readonly UpkeepLine[];
  /**
   * The stored segment lines (before or after the change: lines with the key of a changed line are replaced by
   * their `after` version) and interactions of the campaigns concerned; other campaigns' entries are skipped.
   */
  segmentLines: readonly UpkeepLine[];
  interactions?: readonly TargetingInteraction[];
  contacts: TargetingContacts;
  customerByContact: ReadonlyMap<string, string>;
  /** All stored target-group rows; a campaign with rows is activated, and only activated campaigns are kept up. */
  existingRows: readonly CampaignTargetGroup[];
}

const lineKey = (line: UpkeepLine): string => `${normalizeCode(line.segmentNo)}\u0000${line.lineNo}`;
const pairKey = (campaignNo: string, companyNo: string): string => `${campaignNo}\u0000${companyNo}`;

/** The campaign a line targets when that campaign is activated, else "". */
function activeTarget(ref: TargetingLine | TargetingInteraction, activated: ReadonlySet<string>): string {
  const campaign = normalizeCode(ref.campaignNo);
  return activated.has(campaign) && targetsCampaign(ref, campaign) ? campaign : "";
}

/** (campaign, company) pairs still referenced once the change is applied, for the campaigns in `concerned`. */
function referencedPairs(input: LineUpkeepInput, concerned: ReadonlySet<string>): Set<string> {
  const changed = new Set<string>();
  for (const line of input.before) changed.add(lineKey(line));
  for (const line of input.after) changed.add(lineKey(line));
  const pairs = new Set<string>();
  const add = (ref: TargetingLine | TargetingInteraction): void => {
    const campaign = activeTarget(ref, concerned);
    if (campaign !== "") pairs.add(pairKey(campaign, companyOf(ref.contactNo, ref.contactCompanyNo, input.contacts)));
  };
  for (const line of input.segmentLines) if (!changed.has(lineKey(line))) add(line);
  for (const line of input.after) add(line);
  for (const entry of input.interactions ?? []) add(entry);
  return pairs;
}

/**
 * Target-group rows to add and remove after segment lines were added, edited or removed (§4). While a campaign is
 * activated: a targeted line adds its company's row; removing the last reference of a company (segment line, or
 * interaction neither canceled nor postponed) removes its row — the Customer row or the Contact row, whichever is
 * stored. An edit that changes campaign, target or contact counts as remove + add. Removing a campaign's last row
 * leaves it deactivated (§4: activated = has rows).
 */
export function targetGroupChangesForLines(input: LineUpkeepInput): TargetGroupChanges {
  const activated = new Set<string>();
  const existing = new Map<string, CampaignTargetGroup>();
  for (const row of input.existingRows) {
    activated.add(row.campaignNo);
    existing.set(targetGroupRowKey(row), row);
  }
  const changes: TargetGroupChanges = { puts: [], deletes: [] };
  const put = new Set<string>();
  for (const line of input.after) {
    const campaign = activeTarget(line, activated);
    if (campaign === "") continue;
    const company = companyOf(line.contactNo, line.contactCompanyNo, input.contacts);
    if (company === "") continue;
    const row = targetRowFor(company, campaign, input.customerByContact);
    const key = targetGroupRowKey(row);
    if (existing.has(key) || put.has(key)) continue;
    put.add(key);
    changes.puts.push(row);
  }

  const concerned = new Set<string>();
  for (const line of input.before) {
    const campaign = activeTarget(line, activated);
    if (campaign !== "") concerned.add(campaign);
  }
  if (concerned.size === 0) return changes;
  const pairs = referencedPairs(input, concerned);
  const deleted = new Set<string>();
  for (const line of input.before) {
    const campaign = activeTarget(line, concerned);
    if (campaign === "") continue;
    const company = companyOf(line.contactNo, line.contactCompanyNo, input.contacts);
    if (company === "" || pairs.has(pairKey(campaign, company))) continue;
    // The stored row may predate a customer link (or its removal): look for both forms.
    const customerNo = input.customerByContact.get(company);
    const candidates: CampaignTargetGroup[] = [{ type: "Contact", no: company, campaignNo: campaign }];
    if (customerNo !== undefined && customerNo !== "") {
      candidates.push({ type: "Customer", no: customerNo, campaignNo: campaign });
    }
    for (const candidate of candidates) {
      const key = targetGroupRowKey(candidate);
      const row = existing.get(key);
      if (row === undefined || deleted.has(key)) continue;
      deleted.add(key);
      changes.deletes.push(row);
    }
  }
  return changes;
}
