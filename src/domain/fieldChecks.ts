/**
 * Building blocks shared by the per-record validators (domain-rules.md §2): required keys, code and text
 * lengths, dates, duplicate keys. They append to an IssueList and never throw; all run in O(1) per value
 * (precompiled patterns, no Date objects) so 100k-row batches stay fast.
 */
import { hasControlChars, normalizeCode, TEXT100, textLength } from "./codes";
import { isIsoDate } from "./civilDate";
import { makeIssue } from "./messages";
import type { Issue, IssueParams, Lang } from "./records";

/** Collects issues in one language; `sorted()` returns them ordered by row (stable, so field order is kept). */
export class IssueList {
  private readonly issues: Issue[] = [];

  constructor(private readonly lang: Lang) {}

  error(row: number, field: string, code: string, params: IssueParams): void {
    this.issues.push(makeIssue(row, field, code, "error", params, this.lang));
  }

  warning(row: number, field: string, code: string, params: IssueParams): void {
    this.issues.push(makeIssue(row, field, code, "warning", params, this.lang));
  }

  sorted(): Issue[] {
    return this.issues.sort((a, b) => a.row - b.row);
  }
}

/** Records come from sheets typed as strings; coerce defensively so a stray number or null cannot throw. */
export function asText(v: unknown): string {
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
}

/** Control characters and length of an already normalised, non-blank code; true when it is well formed. */
export function checkCodeShape(out: IssueList, row: number, field: string, code: string, max: number): boolean {
  if (hasControlChars(code)) {
    out.error(row, field, "CODE_INVALID_CHARS", { field });
    return false;
  }
  if (code.length > max) {
    const length = textLength(code);
    if (length > max) {
      out.error(row, field, "CODE_TOO_LONG", { field, max, length, value: code });
      return false;
    }
  }
  return true;
}

/** Required key: returns the normalised key ("" when blank, after reporting KEY_REQUIRED). */
export function checkKey(out: IssueList, row: number, field: string, raw: unknown, max: number): string {
  const key = normalizeCode(asText(raw));
  if (key === "") out.error(row, field, "KEY_REQUIRED", { field });
  else checkCodeShape(out, row, field, key, max);
  return key;
}

/** Optional code that must be well formed; returns the normalised code when it is set and well formed, else "". */
export function checkOptionalCode(out: IssueList, row: number, field: string, raw: unknown, max: number): string {
  const code = normalizeCode(asText(raw));
  return code !== "" && checkCodeShape(out, row, field, code, max) ? code : "";
}

export function checkText(out: IssueList, row: number, field: string, raw: unknown, max: number): void {
  const text = asText(raw);
  if (text.length <= max) return;
  const length = textLength(text);
  if (length > max) out.error(row, field, "TEXT_TOO_LONG", { field, max, length });
}

/** Optional ISO date; true when it is set and a real calendar date (blank is fine and gives false). */
export function checkDate(out: IssueList, row: number, field: string, raw: unknown): boolean {
  const value = asText(raw);
  if (value === "") return false;
  if (isIsoDate(value)) return true;
  out.error(row, field, "INVALID_DATE", { field, value });
  return false;
}

/**
 * Keys must be unique in the batch: every row of a duplicated key is marked, each naming another row
 * holding the same key (`otherRow`: the first row, or for the first row the second). Blank keys are skipped.
 */
export function markDuplicates(out: IssueList, keys: readonly string[], field: string): void {
  const firstRow = new Map<string, number>();
  const groups = new Map<string, number[]>();
  keys.forEach((key, row) => {
    if (key === "") return;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      return;
    }
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [first, row]);
    else group.push(row);
  });
  for (const [key, rows] of groups) {
    const [first = 0, second = 0] = rows;
    for (const row of rows) {
      out.error(row, field, "DUPLICATE_KEY", {
        field,
        key,
        otherRow: row === first ? second : first,
        keyFields: field,
      });
    }
  }
}

/** A code list (code + description): code required, within `max`, unique; description Text100. */
export function validateCodeList(
  rows: readonly { code: string; description: string }[],
  max: number,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((r, row) => {
    keys.push(checkKey(out, row, "code", r.code, max));
    checkText(out, row, "description", r.description, TEXT100);
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}
