/** Campaign rules (domain-rules.md §2–3, bc-reference.md §1.1). */
import { CODE10, CODE20, TEXT100 } from "./codes";
import { asText, checkDate, checkKey, checkOptionalCode, checkText, IssueList, markDuplicates } from "./fieldChecks";
import type { Campaign, Issue, Lang } from "./records";

/** What a campaign may refer to: existing status codes and salespeople (keys normalised). */
export interface CampaignRefs {
  statusCodes: ReadonlySet<string>;
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
}

/**
 * Validates a batch of campaigns; `issue.row` is the index in `rows`. Errors: KEY_REQUIRED, CODE_TOO_LONG,
 * CODE_INVALID_CHARS, TEXT_TOO_LONG, INVALID_DATE, CAMPAIGN_DATES_ORDER (on endingDate), UNKNOWN_STATUS,
 * UNKNOWN_SALESPERSON, SALESPERSON_BLOCKED, DUPLICATE_KEY.
 */
export function validateCampaigns(rows: readonly Campaign[], refs: CampaignRefs, lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((c, row) => {
    keys.push(checkKey(out, row, "no", c.no, CODE20));
    checkText(out, row, "description", c.description, TEXT100);

    const hasStart = checkDate(out, row, "startingDate", c.startingDate);
    const hasEnd = checkDate(out, row, "endingDate", c.endingDate);
    checkDate(out, row, "lastDateModified", c.lastDateModified);
    // ISO dates compare correctly as strings; a blank date is open-ended (BC: blank ending always accepted).
    if (hasStart && hasEnd && asText(c.startingDate) > asText(c.endingDate)) {
      out.error(row, "endingDate", "CAMPAIGN_DATES_ORDER", {
        startingDate: c.startingDate,
        endingDate: c.endingDate,
      });
    }

    const status = checkOptionalCode(out, row, "statusCode", c.statusCode, CODE10);
    if (status !== "" && !refs.statusCodes.has(status)) {
      out.error(row, "statusCode", "UNKNOWN_STATUS", { code: status });
    }

    const salesperson = checkOptionalCode(out, row, "salespersonCode", c.salespersonCode, CODE20);
    if (salesperson !== "") {
      const known = refs.salespeople.get(salesperson);
      if (known === undefined) out.error(row, "salespersonCode", "UNKNOWN_SALESPERSON", { code: salesperson });
      else if (known.blocked) out.error(row, "salespersonCode", "SALESPERSON_BLOCKED", { code: salesperson });
    }
  });
  markDuplicates(out, keys, "no");
  return out.sorted();
}
