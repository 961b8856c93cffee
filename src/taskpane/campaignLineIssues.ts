/** What is wrong in one campaign's own price and discount sheets, counted per sheet row. */
import type { BindingView, RowIssue } from "../sync";

export interface CampaignLineIssues {
  /** Distinct rows with at least one error (such rows are not stored). */
  errorRows: number;
  /** Distinct rows with warnings and no error (stored, but worth a look). */
  warningRows: number;
  /** The first issue in table then row order, for "Go to first issue". */
  first: RowIssue | null;
}

export function campaignLineIssues(
  campaignNo: string,
  bindings: readonly Pick<BindingView, "id" | "scope">[],
  issues: readonly RowIssue[],
): CampaignLineIssues {
  const own = new Set(bindings.filter((b) => b.scope?.campaignNo === campaignNo).map((b) => b.id));
  const worst = new Map<string, RowIssue["severity"]>();
  let first: RowIssue | null = null;
  for (const issue of issues) {
    if (!own.has(issue.bindingId)) continue;
    first ??= issue;
    const row = `${issue.bindingId}\u0000${issue.rowIndex}`;
    if (worst.get(row) !== "error") worst.set(row, issue.severity);
  }
  let errorRows = 0;
  for (const severity of worst.values()) if (severity === "error") errorRows += 1;
  return { errorRows, warningRows: worst.size - errorRows, first };
}
