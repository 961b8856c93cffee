/**
 * What a segment sheet's rows need before validation (domain-rules §4): the Contact No. cell may hold a
 * contact no., an e-mail address or a name (resolved to exactly one contact, or flagged); a new line takes
 * the segment header's defaults; each line's company comes from its contact; new lines are numbered.
 */
import {
  applyTemplateToLine,
  contactCompanyNo,
  keepLoggedLine,
  lineDefaultsFromHeader,
  makeIssue,
  normalizeCode,
  resolveContactReferences,
} from "../../domain";
import type { Contact, Issue, Lang, SegmentLine } from "../../domain";
import type { ReferenceData } from "../../store";

export interface BatchItem<R> {
  record: R;
  /** The stored row of the same id, null for a new row. */
  previous: R | null;
}

const LINE_NO_STEP = 10000;

export function prepareSegmentLines(
  items: readonly BatchItem<SegmentLine>[],
  stored: readonly SegmentLine[],
  refs: ReferenceData,
  lang: Lang,
): { records: SegmentLine[]; issues: Issue[][] } {
  const issues: Issue[][] = items.map(() => []);
  const records = items.map((i) => ({ ...i.record, contactNo: i.record.contactNo.trim() }));
  resolveContactCells(records, issues, refs, lang);
  let lastNo = 0;
  for (const s of stored) lastNo = Math.max(lastNo, s.lineNo);
  for (const i of items) if (i.previous) lastNo = Math.max(lastNo, i.previous.lineNo);
  records.forEach((r, k) => {
    const previous = items[k]!.previous;
    const contact = refs.contacts.get(r.contactNo);
    r.contactCompanyNo = contact
      ? contactCompanyNo({ no: r.contactNo, type: contact.type, companyNo: contact.companyNo })
      : "";
    if (previous) {
      r.lineNo = previous.lineNo;
      records[k] = followTemplate(r, previous, refs);
      return;
    }
    lastNo += LINE_NO_STEP;
    r.lineNo = lastNo;
    const issue = applyHeaderDefaults(r, refs, lang);
    if (issue) issues[k]!.push(issue);
  });
  closeLoggedLines(items, records, issues, refs, lang);
  return { records, issues };
}

/** IR7: a line whose template changed takes the new template's values (bc-reference §4.2). */
function followTemplate(line: SegmentLine, previous: SegmentLine, refs: ReferenceData): SegmentLine {
  const header = refs.segments.get(line.segmentNo);
  return applyTemplateToLine(line, previous.interactionTemplateCode, refs.interactionTemplates, header);
}

/** IR10: a logged segment's lines are closed: a change is put back (warning), a new line is refused (error). */
function closeLoggedLines(
  items: readonly BatchItem<SegmentLine>[],
  records: SegmentLine[],
  issues: Issue[][],
  refs: ReferenceData,
  lang: Lang,
): void {
  if (refs.loggedSegmentNos.size === 0) return;
  records.forEach((r, k) => {
    const previous = items[k]!.previous;
    const segment = previous?.segmentNo ?? r.segmentNo;
    if (!refs.loggedSegmentNos.has(segment)) return;
    const severity = previous ? "warning" : "error";
    if (previous) {
      const kept = keepLoggedLine(r, previous);
      if (kept.putBack.length === 0) return;
      records[k] = kept.record;
    }
    issues[k]!.push(makeIssue(0, "", "SEGMENT_LOGGED_READ_ONLY", severity, { segment }, lang));
  });
}

/** Contact cells that are not contact nos. (e-mails and names) are resolved in one pass, or flagged. */
function resolveContactCells(records: SegmentLine[], issues: Issue[][], refs: ReferenceData, lang: Lang): void {
  const unresolved: number[] = [];
  records.forEach((r, k) => {
    const no = normalizeCode(r.contactNo);
    if (no === "" || refs.contacts.has(no)) r.contactNo = no;
    else unresolved.push(k);
  });
  if (unresolved.length === 0) return;
  const contacts = [...refs.contacts].map(([no, c]) => ({ no, ...c }) as unknown as Contact);
  const answers = resolveContactReferences(
    unresolved.map((k) => records[k]!.contactNo),
    contacts,
  );
  unresolved.forEach((k, j) => {
    const answer = answers[j];
    if (answer?.ok) records[k]!.contactNo = answer.contactNo;
    else if (answer) issues[k]!.push(makeIssue(0, "contactNo", answer.code, "error", answer.params, lang));
  });
}

/** A new line's blank cells take the header's values (booleans: only true is taken); an unknown segment is an issue. */
function applyHeaderDefaults(line: SegmentLine, refs: ReferenceData, lang: Lang): Issue | null {
  const header = refs.segments.get(line.segmentNo);
  if (!header) return makeIssue(0, "", "UNKNOWN_SEGMENT", "error", { code: line.segmentNo }, lang);
  const defaults = lineDefaultsFromHeader(header, refs.interactionTemplates.get(header.interactionTemplateCode));
  const fields = line as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(defaults) as [keyof typeof defaults, unknown][]) {
    const current = fields[field];
    if (current === "" || current === 0 || current === false) fields[field] = value;
  }
  return null;
}
