/** Rules for the small setup tables campaigns refer to: campaign statuses (bc-reference §2) and salespeople (§11.1). */
import { CODE10, CODE20, isBcEmail, TEXT50, TEXT80 } from "./codes";
import { asText, checkKey, checkText, IssueList, markDuplicates, validateCodeList } from "./fieldChecks";
import type { CampaignStatus, Issue, Lang, Salesperson } from "./records";

/** Campaign statuses: code required (Code10) and unique, description Text100. */
export function validateCampaignStatuses(rows: readonly CampaignStatus[], lang: Lang): Issue[] {
  return validateCodeList(rows, CODE10, lang);
}

/** Salespeople: code required (Code20) and unique, name Text50, email Text80 and plausible (warning). */
export function validateSalespeople(rows: readonly Salesperson[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((p, row) => {
    keys.push(checkKey(out, row, "code", p.code, CODE20));
    checkText(out, row, "name", p.name, TEXT50);
    checkText(out, row, "email", p.email, TEXT80);
    const email = asText(p.email).trim();
    if (email !== "" && !isBcEmail(email)) out.error(row, "email", "INVALID_EMAIL", { value: email });
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}
