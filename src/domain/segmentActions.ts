/**
 * The segment actions Add Contacts, Remove Contacts – Reduce and – Refine (bc-reference §4.6), pure over the
 * contacts, the segment's current lines and its header. Criteria come compiled (compileCriteria), so a bad
 * filter is reported before anything runs. Each action indexes the contacts once: 50,000 contacts are
 * filtered and 50,000 lines built in well under a second.
 */
import { normalizeCode } from "./codes";
import type { ContactMatcher } from "./contactCriteria";
import {
  contactCompanyNo,
  lineDefaultsFromHeader,
  LINE_NO_STEP,
  newLineFrom,
  nextLineNo,
} from "./segmentLineDerivations";
import type { Contact, InteractionTemplate, SegmentHeader, SegmentLine } from "./records";

/** The options of BC's Add Contacts report. */
export interface AddContactsOptions {
  /** Also add contacts already on the segment (otherwise they are skipped). */
  allowExisting: boolean;
  /** Also add every person of each matching company. */
  expandCompanies: boolean;
  /** Also add the company of each matching person. */
  allowRelatedCompanies: boolean;
  /** Also add contacts flagged excludeFromSegment (otherwise they are skipped). */
  ignoreExclusion: boolean;
}

/** New lines, and how many selected contacts were left out and why. */
export interface AddContactsResult {
  added: SegmentLine[];
  skipped: { excluded: number; existing: number };
}

/**
 * Add Contacts: the contacts that match, plus (options) the persons of matching companies and the companies
 * of matching persons, each once, in the order of `contacts`. Lines are numbered after the last line, 10000
 * apart, and take the header's defaults (`templates`: where the header's template is looked up).
 */
export function addContactsByCriteria(
  contacts: readonly Contact[],
  lines: readonly SegmentLine[],
  header: SegmentHeader,
  criteria: ContactMatcher,
  options: AddContactsOptions,
  templates?: ReadonlyMap<string, InteractionTemplate>,
): AddContactsResult {
  const selected = new Set<string>();
  const companiesOfPersons = new Set<string>();
  const matchedCompanies = new Set<string>();
  for (const c of contacts) {
    if (!criteria(c)) continue;
    selected.add(normalizeCode(c.no));
    if (c.type === "Company") {
      if (options.expandCompanies) matchedCompanies.add(normalizeCode(c.no));
    } else if (options.allowRelatedCompanies) {
      const company = contactCompanyNo(c);
      if (company !== "") companiesOfPersons.add(company);
    }
  }
  const existing = options.allowExisting ? new Set<string>() : new Set(lines.map((l) => normalizeCode(l.contactNo)));
  const defaults = lineDefaultsFromHeader(header, templates?.get(normalizeCode(header.interactionTemplateCode)));
  const added: SegmentLine[] = [];
  const skipped = { excluded: 0, existing: 0 };
  const done = new Set<string>();
  let lineNo = nextLineNo(lines);
  for (const c of contacts) {
    const no = normalizeCode(c.no);
    if (no === "" || done.has(no)) continue;
    const chosen =
      selected.has(no) ||
      (c.type === "Company" && companiesOfPersons.has(no)) ||
      (c.type === "Person" && matchedCompanies.has(contactCompanyNo(c)));
    if (!chosen) continue;
    done.add(no);
    if (c.excludeFromSegment && !options.ignoreExclusion) skipped.excluded++;
    else if (existing.has(no)) skipped.existing++;
    else {
      added.push(newLineFrom(header.no, defaults, c, lineNo));
      lineNo += LINE_NO_STEP;
    }
  }
  return { added, skipped };
}

/** Option of Reduce and Refine: judge a line by its whole company, not only by its own contact. */
export interface RemoveContactsOptions {
  /** A line is matched when any contact of its company matches (BC "Entire Companies"). */
  entireCompanies: boolean;
}

/**
 * Per line, whether its contact matches (or, with entireCompanies, any contact of its company). A line whose
 * contact is not among `contacts` never matches by itself; its contactCompanyNo still counts for companies.
 */
function lineMatches(
  contacts: readonly Contact[],
  lines: readonly SegmentLine[],
  criteria: ContactMatcher,
  options: RemoveContactsOptions,
): boolean[] {
  if (options.entireCompanies) {
    const companies = new Set<string>();
    for (const c of contacts) if (criteria(c)) companies.add(contactCompanyNo(c));
    companies.delete("");
    const byNo = new Map(contacts.map((c) => [normalizeCode(c.no), c]));
    return lines.map((l) => {
      const contact = byNo.get(normalizeCode(l.contactNo));
      const company = contact !== undefined ? contactCompanyNo(contact) : normalizeCode(l.contactCompanyNo);
      return companies.has(company) || (company === "" && contact !== undefined && criteria(contact));
    });
  }
  const byNo = new Map(contacts.map((c) => [normalizeCode(c.no), c]));
  return lines.map((l) => {
    const contact = byNo.get(normalizeCode(l.contactNo));
    return contact !== undefined && criteria(contact);
  });
}

/** Remove Contacts – Reduce: the lines to delete, those whose contact matches the criteria. */
export function reduceLines(
  contacts: readonly Contact[],
  lines: readonly SegmentLine[],
  criteria: ContactMatcher,
  options: RemoveContactsOptions,
): SegmentLine[] {
  const matches = lineMatches(contacts, lines, criteria, options);
  return lines.filter((_, i) => matches[i] === true);
}

/** Remove Contacts – Refine: the lines to delete, those whose contact does NOT match the criteria. */
export function refineLines(
  contacts: readonly Contact[],
  lines: readonly SegmentLine[],
  criteria: ContactMatcher,
  options: RemoveContactsOptions,
): SegmentLine[] {
  const matches = lineMatches(contacts, lines, criteria, options);
  return lines.filter((_, i) => matches[i] !== true);
}
