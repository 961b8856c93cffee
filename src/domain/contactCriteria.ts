/**
 * Contact criteria of Add / Reduce / Refine Contacts (bc-reference §4.6): a BC filter text per contact field,
 * all of which must hold. Name and e-mail compare case-insensitively, as BC filters its Search Name and
 * Search E-mail; city is text (case-sensitive unless `@`); type is the option Company / Person.
 */
import { matchesFilter, parseFilter, type BcFilter, type FilterKind } from "./bcFilter";
import { makeIssue } from "./messages";
import type { Contact, Issue, Lang } from "./records";

/** The contact fields criteria may filter, and how each compares. */
const CRITERIA_KINDS = {
  no: "code",
  name: "code",
  type: "option",
  companyNo: "code",
  salespersonCode: "code",
  postCode: "code",
  city: "text",
  countryCode: "code",
  territoryCode: "code",
  email: "code",
} as const satisfies Readonly<Record<string, FilterKind>>;

export type CriteriaField = keyof typeof CRITERIA_KINDS;

/** Filter texts per contact field (BC syntax, bcFilter.ts); a blank or missing text filters nothing. */
export type ContactCriteria = Partial<Record<CriteriaField, string>>;

/** True when a contact meets every criterion. */
export type ContactMatcher = (contact: Contact) => boolean;

export type CompiledCriteria = { ok: true; matcher: ContactMatcher } | { ok: false; issues: Issue[] };

/**
 * Compiles every criterion once. A bad filter gives one FILTER_SYNTAX issue per field (row 0, `field` the
 * contact field, params { field, filter, part }); no criteria at all match every contact.
 */
export function compileCriteria(criteria: ContactCriteria, lang: Lang): CompiledCriteria {
  const filters: [CriteriaField, BcFilter][] = [];
  const issues: Issue[] = [];
  for (const field of Object.keys(CRITERIA_KINDS) as CriteriaField[]) {
    const text = criteria[field];
    if (text === undefined || text.trim() === "") continue;
    const parsed = parseFilter(text, CRITERIA_KINDS[field]);
    if (parsed.ok) filters.push([field, parsed.filter]);
    else issues.push(makeIssue(0, field, parsed.code, "error", { field, ...parsed.params }, lang));
  }
  if (issues.length > 0) return { ok: false, issues };
  // The company of a company is itself even before withContactCompany has filled companyNo.
  const valueOf = (c: Contact, field: CriteriaField): string =>
    field === "companyNo" && c.type === "Company" && c.companyNo === "" ? c.no : c[field];
  const matcher: ContactMatcher = (c) => filters.every(([field, filter]) => matchesFilter(filter, valueOf(c, field)));
  return { ok: true, matcher };
}
