/**
 * Values the domain sets on contacts and segment lines (domain-rules.md §4, bc-reference.md §4.3, §11.3):
 * a company is its own company, new lines take the header's defaults, and a header change reaches every line
 * (deviation: BC only updates lines whose template equals the header's). Pure: returns new records.
 */
import { normalizeCode } from "./codes";
import type { Contact, InteractionTemplate, SegmentHeader, SegmentLine } from "./records";

/** BC numbers new lines 10000 apart (Line No. = last + 10000). */
export const LINE_NO_STEP = 10000;

/** The contact with a company's companyNo set to its own no.; persons (and settled companies) returned as is. */
export function withContactCompany(contact: Contact): Contact {
  if (contact.type !== "Company") return contact;
  const own = normalizeCode(contact.no);
  return contact.companyNo === own ? contact : { ...contact, companyNo: own };
}

/** The company a contact belongs to: a company's own no., a person's companyNo ("" for a person without one). */
export function contactCompanyNo(contact: Pick<Contact, "no" | "type" | "companyNo">): string {
  return normalizeCode(contact.type === "Company" ? contact.no : contact.companyNo);
}

/** The line fields a segment header gives its new lines. */
export type LineDefaults = Pick<
  SegmentLine,
  | "campaignNo"
  | "campaignTarget"
  | "campaignResponse"
  | "salespersonCode"
  | "interactionTemplateCode"
  | "cost"
  | "duration"
  | "date"
  | "description"
>;

/**
 * What a new line takes from its header (§4). The header's unit cost and duration already came from its
 * template (bc-reference §4.4); `template` (the header's) only fills what the header leaves blank: the
 * campaign (BC: header's campaign, else the template's) and the description.
 */
export function lineDefaultsFromHeader(header: SegmentHeader, template: InteractionTemplate | undefined): LineDefaults {
  return {
    campaignNo: header.campaignNo !== "" ? header.campaignNo : (template?.campaignNo ?? ""),
    campaignTarget: header.campaignTarget,
    campaignResponse: header.campaignResponse,
    salespersonCode: header.salespersonCode,
    interactionTemplateCode: header.interactionTemplateCode,
    cost: header.unitCost,
    duration: header.unitDuration,
    date: header.date,
    description: header.description !== "" ? header.description : (template?.description ?? ""),
  };
}

/**
 * A new line for `contact` (bc-reference §4.2 Contact No.): the header's defaults, the contact's company, and
 * the header's salesperson or, when the header has none, the contact's.
 */
export function newSegmentLine(
  header: SegmentHeader,
  contact: Contact,
  lineNo: number,
  template?: InteractionTemplate,
): SegmentLine {
  return newLineFrom(header.no, lineDefaultsFromHeader(header, template), contact, lineNo);
}

/** newSegmentLine with the defaults computed once (adding 50,000 contacts reuses them). */
export function newLineFrom(segmentNo: string, defaults: LineDefaults, contact: Contact, lineNo: number): SegmentLine {
  return {
    segmentNo,
    lineNo,
    contactNo: contact.no,
    contactCompanyNo: contactCompanyNo(contact),
    ...defaults,
    salespersonCode: defaults.salespersonCode !== "" ? defaults.salespersonCode : contact.salespersonCode,
    evaluation: "",
    attemptFailed: false,
  };
}

/** The header fields that reach the lines, and the line field each one sets. */
const PROPAGATED = [
  ["description", "description"],
  ["campaignNo", "campaignNo"],
  ["campaignTarget", "campaignTarget"],
  ["campaignResponse", "campaignResponse"],
  ["salespersonCode", "salespersonCode"],
  ["interactionTemplateCode", "interactionTemplateCode"],
  ["unitCost", "cost"],
  ["unitDuration", "duration"],
  ["date", "date"],
] as const satisfies readonly (readonly [keyof SegmentHeader, keyof SegmentLine])[];

/** A header field whose change reaches the lines. */
export type PropagatedHeaderField = (typeof PROPAGATED)[number][0];

/** The lines after a header change, and the header fields that changed (what the pane asks to confirm). */
export interface HeaderChange {
  /** Every line, in input order; a line that already held the new values is the same object. */
  lines: SegmentLine[];
  changed: PropagatedHeaderField[];
}

/**
 * Applies the header fields that differ between `oldHeader` and `newHeader` to ALL lines (domain-rules §4
 * deviation: BC only updates lines whose template equals the header's). Other line fields are kept.
 */
export function applyHeaderToLines(
  oldHeader: SegmentHeader,
  newHeader: SegmentHeader,
  lines: readonly SegmentLine[],
): HeaderChange {
  const changed = PROPAGATED.filter(([h]) => oldHeader[h] !== newHeader[h]).map(([h]) => h);
  if (changed.length === 0) return { lines: [...lines], changed };
  const c = new Set<PropagatedHeaderField>(changed);
  const h = newHeader;
  const updated = lines.map((line): SegmentLine => {
    if (PROPAGATED.every(([hf, lf]) => !c.has(hf) || line[lf] === h[hf])) return line;
    return {
      ...line,
      description: c.has("description") ? h.description : line.description,
      campaignNo: c.has("campaignNo") ? h.campaignNo : line.campaignNo,
      campaignTarget: c.has("campaignTarget") ? h.campaignTarget : line.campaignTarget,
      campaignResponse: c.has("campaignResponse") ? h.campaignResponse : line.campaignResponse,
      salespersonCode: c.has("salespersonCode") ? h.salespersonCode : line.salespersonCode,
      interactionTemplateCode: c.has("interactionTemplateCode")
        ? h.interactionTemplateCode
        : line.interactionTemplateCode,
      cost: c.has("unitCost") ? h.unitCost : line.cost,
      duration: c.has("unitDuration") ? h.unitDuration : line.duration,
      date: c.has("date") ? h.date : line.date,
    };
  });
  return { lines: updated, changed };
}

/** The line no. for the next line: the highest line no. + 10000 (10000 for an empty segment). */
export function nextLineNo(lines: readonly Pick<SegmentLine, "lineNo">[]): number {
  let last = 0;
  for (const line of lines) if (line.lineNo > last) last = line.lineNo;
  return last + LINE_NO_STEP;
}
