/**
 * What a segment sheet's rows need before validation (domain-rules §4): the Contact No. cell may hold a
 * contact no., an e-mail address or a name (resolved to exactly one contact, or flagged); a new line takes
 * the segment header's defaults; each line's company comes from its contact; new lines are numbered.
 */
import {
  contactCompanyNo,
  lineDefaultsFromHeader,
  makeIssue,
  normalizeCode,
  resolveContactReferences,
} from "../domain";
import type { Contact, Issue, Lang, SegmentLine } from "../domain";
import type { ReferenceData } from "../store";

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

  // 1. Contact references that are not contact nos.: e-mails and names, resolved in one pass.
  const unresolved: number[] = [];
  records.forEach((r, k) => {
    const no = normalizeCode(r.contactNo);
    if (no === "" || refs.contacts.has(no)) r.contactNo = no;
    else unresolved.push(k);
  });
  if (unresolved.length > 0) {
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

  // 2. Header defaults for new lines, the company of every line, numbers for new lines.
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
      return;
    }
    lastNo += LINE_NO_STEP;
    r.lineNo = lastNo;
    const header = refs.segments.get(r.segmentNo);
    if (!header) {
      issues[k]!.push(makeIssue(0, "", "UNKNOWN_SEGMENT", "error", { code: r.segmentNo }, lang));
      return;
    }
    const defaults = lineDefaultsFromHeader(header, refs.interactionTemplates.get(header.interactionTemplateCode));
    // A cell the person filled wins; a blank one takes the header's value (booleans: only true is taken).
    for (const [field, value] of Object.entries(defaults) as [keyof typeof defaults, unknown][]) {
      const current = (r as unknown as Record<string, unknown>)[field];
      if (current === "" || current === 0 || current === false)
        (r as unknown as Record<string, unknown>)[field] = value;
    }
  });
  return { records, issues };
}
