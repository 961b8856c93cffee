/**
 * Segment rules (domain-rules.md §4, bc-reference.md §4.1–4.2): headers edited in the pane, lines on sheets.
 * References are looked up in SegmentRefs; a contact twice in one segment is allowed but warned about.
 */
import { CODE10, CODE20, normalizeCode, TEXT100 } from "./codes";
import { asText, checkDate, checkKey, checkText, IssueList, markDuplicates } from "./fieldChecks";
import { joinKey, markDuplicateKeys } from "./duplicateKeys";
import { checkFinite, checkNotNegative } from "./numberChecks";
import { checkOption, checkOptionalRef, checkRequiredRef, checkSalespersonRef } from "./refChecks";
import type { SegmentRefs } from "./segmentRefs";
import type { Evaluation, Issue, Lang, SegmentHeader, SegmentLine } from "./records";
import { checkCampaignFlags } from "./validateInteractions";

export const EVALUATIONS: readonly Evaluation[] = [
  "",
  "VeryPositive",
  "Positive",
  "Neutral",
  "Negative",
  "VeryNegative",
];

/**
 * Segment headers: no. required (Code20) and unique; description Text100; campaign, salesperson (not blocked)
 * and interaction template exist when set; campaignTarget / campaignResponse need a campaign
 * (SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN); unitCost ≥ 0, unitDuration ≥ 0; date a real date when set.
 */
export function validateSegmentHeaders(
  rows: readonly SegmentHeader[],
  refs: Pick<SegmentRefs, "campaigns" | "salespeople" | "interactionTemplates">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((h, row) => {
    keys.push(checkKey(out, row, "no", h.no, CODE20));
    checkText(out, row, "description", h.description, TEXT100);
    checkCampaignFlags(out, row, h, refs.campaigns, "SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN");
    checkSalespersonRef(out, row, "salespersonCode", h.salespersonCode, refs.salespeople);
    const template = h.interactionTemplateCode;
    const templates = refs.interactionTemplates;
    checkOptionalRef(out, row, "interactionTemplateCode", template, CODE10, templates, "UNKNOWN_INTERACTION_TEMPLATE");
    checkNotNegative(out, row, "unitCost", h.unitCost, "NEGATIVE_AMOUNT");
    checkNotNegative(out, row, "unitDuration", h.unitDuration, "NEGATIVE_DURATION");
    checkDate(out, row, "date", h.date);
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}

/**
 * Segment lines: segment no. required; line no. a number; (segmentNo, lineNo) unique (DUPLICATE_KEY on
 * lineNo); contact required and existing (UNKNOWN_CONTACT); campaign, salesperson (not blocked) and template
 * exist when set; cost ≥ 0, duration ≥ 0; date real; description Text100; evaluation one of its options.
 * The same contact twice in one segment is a warning on every such row (DUPLICATE_SEGMENT_CONTACT).
 */
export function validateSegmentLines(
  rows: readonly SegmentLine[],
  refs: Pick<SegmentRefs, "contacts" | "campaigns" | "salespeople" | "interactionTemplates">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  const contactKeys: string[] = [];
  rows.forEach((l, row) => {
    const segment = checkKey(out, row, "segmentNo", l.segmentNo, CODE20);
    const hasLineNo = checkFinite(out, row, "lineNo", l.lineNo);
    keys.push(segment !== "" && hasLineNo ? joinKey([segment, l.lineNo]) : "");
    const contact = checkRequiredRef(out, row, "contactNo", l.contactNo, CODE20, refs.contacts, "UNKNOWN_CONTACT");
    contactKeys.push(segment !== "" && contact !== "" ? joinKey([segment, contact]) : "");

    checkOptionalRef(out, row, "campaignNo", l.campaignNo, CODE20, refs.campaigns, "UNKNOWN_CAMPAIGN");
    checkSalespersonRef(out, row, "salespersonCode", l.salespersonCode, refs.salespeople);
    const template = l.interactionTemplateCode;
    const templates = refs.interactionTemplates;
    checkOptionalRef(out, row, "interactionTemplateCode", template, CODE10, templates, "UNKNOWN_INTERACTION_TEMPLATE");
    checkText(out, row, "description", l.description, TEXT100);
    checkNotNegative(out, row, "cost", l.cost, "NEGATIVE_AMOUNT");
    checkNotNegative(out, row, "duration", l.duration, "NEGATIVE_DURATION");
    checkDate(out, row, "date", l.date);
    checkOption(out, row, "evaluation", l.evaluation, EVALUATIONS);
  });
  markDuplicateKeys(out, keys, "lineNo", "DUPLICATE_KEY", ["segmentNo", "lineNo"]);
  warnRepeatedContacts(out, contactKeys, rows);
  return out.sorted();
}

/** Every row of a (segment, contact) pair that occurs more than once gets DUPLICATE_SEGMENT_CONTACT. */
function warnRepeatedContacts(out: IssueList, keys: readonly string[], rows: readonly SegmentLine[]): void {
  const groups = new Map<string, number[]>();
  keys.forEach((key, row) => {
    if (key === "") return;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first = 0, second = 0] = group;
    for (const row of group) {
      const line = rows[row];
      out.warning(row, "contactNo", "DUPLICATE_SEGMENT_CONTACT", {
        contact: normalizeCode(asText(line?.contactNo)),
        segment: normalizeCode(asText(line?.segmentNo)),
        otherRow: row === first ? second : first,
      });
    }
  }
}
