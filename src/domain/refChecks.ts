/**
 * Optional references shared by the contact, team, interaction and segment rules: a code that, when set, must
 * be well formed and exist. A malformed code is reported once (its shape), not also as unknown.
 */
import { CODE20, normalizeCode } from "./codes";
import { asText, checkCodeShape, checkOptionalCode, type IssueList } from "./fieldChecks";
import type { CodeLookup } from "./pricingRefs";

/** A code that must exist in `lookup` when set; returns it when set, well formed and found, else "". */
export function checkOptionalRef(
  out: IssueList,
  row: number,
  field: string,
  raw: unknown,
  max: number,
  lookup: CodeLookup,
  unknownCode: string,
): string {
  const code = checkOptionalCode(out, row, field, raw, max);
  if (code === "") return "";
  if (lookup.has(code)) return code;
  out.error(row, field, unknownCode, { code });
  return "";
}

/** A required code of at most `max` characters that must exist in `lookup`; returns it when found, else "". */
export function checkRequiredRef(
  out: IssueList,
  row: number,
  field: string,
  raw: unknown,
  max: number,
  lookup: CodeLookup,
  unknownCode: string,
): string {
  const code = normalizeCode(asText(raw));
  if (code === "") {
    out.error(row, field, "KEY_REQUIRED", { field });
    return "";
  }
  if (!checkCodeShape(out, row, field, code, max)) return "";
  if (lookup.has(code)) return code;
  out.error(row, field, unknownCode, { code });
  return "";
}

/** A salesperson code that, when set, must exist and not be blocked (BC filters blocked salespeople out). */
export function checkSalespersonRef(
  out: IssueList,
  row: number,
  field: string,
  raw: unknown,
  salespeople: ReadonlyMap<string, { blocked: boolean }>,
): string {
  const code = checkOptionalCode(out, row, field, raw, CODE20);
  if (code === "") return "";
  const known = salespeople.get(code);
  if (known === undefined) out.error(row, field, "UNKNOWN_SALESPERSON", { code });
  else if (known.blocked) out.error(row, field, "SALESPERSON_BLOCKED", { code });
  else return code;
  return "";
}

/** `value` must be one of `allowed` (exact spelling, as the sheets write options); INVALID_OPTION otherwise. */
export function checkOption(
  out: IssueList,
  row: number,
  field: string,
  value: unknown,
  allowed: readonly string[],
): boolean {
  if (typeof value === "string" && allowed.includes(value)) return true;
  const shown = allowed.map((a) => (a === "" ? "''" : a)).join(", ");
  out.error(row, field, "INVALID_OPTION", { field, value: String(value), allowed: shown });
  return false;
}
