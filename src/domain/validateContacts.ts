/**
 * Contact rules (domain-rules.md §1–2, bc-reference.md §11.3): companies and persons. A company is its own
 * company (withContactCompany fills companyNo); a person may belong to one company contact.
 */
import { CODE10, CODE20, isBcEmail, normalizeCode, TEXT100, TEXT80 } from "./codes";
import { asText, checkKey, checkOptionalCode, checkText, IssueList, markDuplicates } from "./fieldChecks";
import { checkOption, checkSalespersonRef } from "./refChecks";
import type { SegmentRefs } from "./segmentRefs";
import type { Contact, ContactType, Issue, Lang } from "./records";

/** BC Contact.City is Text30. */
const TEXT30 = 30;
export const CONTACT_TYPES: readonly ContactType[] = ["Company", "Person"];

/**
 * Contacts: no. required (Code20) and unique; type Company or Person (INVALID_OPTION); name Text100, e-mail
 * Text80 and as BC accepts it (INVALID_EMAIL, an error), city Text30; post code Code20, country and territory Code10;
 * salesperson exists and is not blocked. A company's companyNo is blank or its own no. (COMPANY_NO_NOT_OWN);
 * a person's, when set, names a contact of type Company (UNKNOWN_COMPANY, NOT_A_COMPANY). Companies are
 * looked up in the batch first, then in `refs.contacts`: a paste may hold a company and its persons together.
 */
export function validateContacts(
  rows: readonly Contact[],
  refs: Pick<SegmentRefs, "contacts" | "salespeople">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  // The batch is newer than refs (which may not hold its rows yet, or hold them with an old type).
  const batchTypes = new Map<string, unknown>();
  for (const c of rows) {
    const no = normalizeCode(asText(c.no));
    if (no !== "") batchTypes.set(no, c.type);
  }
  const keys: string[] = [];
  rows.forEach((c, row) => {
    const no = checkKey(out, row, "no", c.no, CODE20);
    keys.push(no);
    checkOption(out, row, "type", c.type, CONTACT_TYPES);
    checkText(out, row, "name", c.name, TEXT100);
    checkText(out, row, "email", c.email, TEXT80);
    const email = asText(c.email).trim();
    if (email !== "" && !isBcEmail(email)) out.error(row, "email", "INVALID_EMAIL", { value: email });
    checkText(out, row, "city", c.city, TEXT30);
    checkOptionalCode(out, row, "postCode", c.postCode, CODE20);
    checkOptionalCode(out, row, "countryCode", c.countryCode, CODE10);
    checkOptionalCode(out, row, "territoryCode", c.territoryCode, CODE10);
    checkSalespersonRef(out, row, "salespersonCode", c.salespersonCode, refs.salespeople);

    const company = checkOptionalCode(out, row, "companyNo", c.companyNo, CODE20);
    if (company === "") return;
    if (c.type === "Company") {
      if (no !== "" && company !== no) out.error(row, "companyNo", "COMPANY_NO_NOT_OWN", { no, code: company });
    } else if (c.type === "Person") {
      const companyType = batchTypes.has(company) ? batchTypes.get(company) : refs.contacts.get(company)?.type;
      if (companyType === undefined) out.error(row, "companyNo", "UNKNOWN_COMPANY", { code: company });
      else if (companyType !== "Company") out.error(row, "companyNo", "NOT_A_COMPANY", { code: company });
    }
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}
