/** The Add contacts form: one filter text per contact field, its options, and how results read. */
import type { AddContactsOptions, ContactCriteria, CriteriaField, Issue, Lang } from "../domain";
import type { ContactsResult, SyncEngine } from "../sync";
import { formatCount, t } from "./i18n";

/** The criteria fields in the form's order, each with an example of the filter syntax it takes. */
export const CRITERIA_FIELDS: readonly { field: CriteriaField; example: string }[] = [
  { field: "no", example: "CT000001..CT000099" },
  { field: "name", example: "*Ltd*" },
  { field: "type", example: "Company|Person" },
  { field: "companyNo", example: "CT000010" },
  { field: "salespersonCode", example: "JO|PS" },
  { field: "postCode", example: "1000..2999" },
  { field: "city", example: "<>''" },
  { field: "countryCode", example: "DK|SE" },
  { field: "territoryCode", example: "<>FOREIGN" },
  { field: "email", example: "*@example.com" },
];

export type CriteriaValues = Readonly<Record<CriteriaField, string>>;

export const EMPTY_CRITERIA: CriteriaValues = {
  no: "",
  name: "",
  type: "",
  companyNo: "",
  salespersonCode: "",
  postCode: "",
  city: "",
  countryCode: "",
  territoryCode: "",
  email: "",
};

/** BC's defaults: existing and excluded contacts are skipped, companies and persons are not expanded. */
export const DEFAULT_ADD_OPTIONS: AddContactsOptions = {
  allowExisting: false,
  expandCompanies: false,
  allowRelatedCompanies: false,
  ignoreExclusion: false,
};

export const ADD_OPTION_NAMES: readonly (keyof AddContactsOptions)[] = [
  "allowExisting",
  "expandCompanies",
  "allowRelatedCompanies",
  "ignoreExclusion",
];

/** The filled-in filters only (a blank field filters nothing), trimmed. */
export function criteriaFromForm(values: CriteriaValues): ContactCriteria {
  const criteria: ContactCriteria = {};
  for (const { field } of CRITERIA_FIELDS) {
    const text = values[field].trim();
    if (text !== "") criteria[field] = text;
  }
  return criteria;
}

/** Issues about a criteria field (FILTER_SYNTAX) go to that field; the rest are shown above the buttons. */
export function splitCriteriaIssues(issues: readonly Issue[]): {
  atField: Partial<Record<CriteriaField, string>>;
  other: Issue[];
} {
  const fields = new Set<string>(CRITERIA_FIELDS.map((f) => f.field));
  const atField: Partial<Record<CriteriaField, string>> = {};
  const other: Issue[] = [];
  for (const issue of issues) {
    if (fields.has(issue.field)) atField[issue.field as CriteriaField] ??= issue.message;
    else other.push(issue);
  }
  return { atField, other };
}

export type ContactsAction = "add" | "reduce" | "refine";

/** "Added 500 contacts (3 excluded, 0 already in the segment)." / "Removed 12 lines." */
export function contactsResultText(lang: Lang, action: ContactsAction, result: ContactsResult): string {
  if (action === "add") {
    return t(lang, "contactsAdded", {
      added: formatCount(lang, result.added),
      excluded: formatCount(lang, result.skippedExcluded),
      existing: formatCount(lang, result.skippedExisting),
    });
  }
  return t(lang, "contactsRemoved", { removed: formatCount(lang, result.removed) });
}

/** Add runs with the add options; Reduce and Refine with Entire companies. Blank fields are left out. */
export function runContactsAction(
  engine: Pick<SyncEngine, "addContacts" | "removeContacts">,
  segmentNo: string,
  action: ContactsAction,
  form: { values: CriteriaValues; options: AddContactsOptions; entireCompanies: boolean },
): Promise<ContactsResult> {
  const criteria = criteriaFromForm(form.values);
  return action === "add"
    ? engine.addContacts(segmentNo, criteria, form.options)
    : engine.removeContacts(segmentNo, action, criteria, { entireCompanies: form.entireCompanies });
}
