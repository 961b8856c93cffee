/**
 * Number rules (domain-rules.md §2: numbers finite, amounts and quantities ≥ 0, percentages 0–100). Sheets
 * parse numbers first; these checks are defensive, so a NaN, an Infinity or a stray string cannot slip through.
 */
import type { IssueList } from "./fieldChecks";

/** BC's Decimal range (domain-rules §2): ±999,999,999,999,999.99. */
export const BC_DECIMAL_MAX = 999_999_999_999_999.99;

/**
 * True when `value` is a finite number within BC's decimal range; otherwise reports INVALID_NUMBER, or
 * NUMBER_OUT_OF_RANGE for a number BC cannot store (PS9).
 */
export function checkFinite(out: IssueList, row: number, field: string, value: unknown): value is number {
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value <= BC_DECIMAL_MAX && value >= -BC_DECIMAL_MAX) return true;
    out.error(row, field, "NUMBER_OUT_OF_RANGE", { field, value: String(value) });
    return false;
  }
  out.error(row, field, "INVALID_NUMBER", { field, value: String(value) });
  return false;
}

/** Finite and ≥ 0; `code` names what a negative value is (NEGATIVE_AMOUNT, NEGATIVE_QUANTITY). */
export function checkNotNegative(out: IssueList, row: number, field: string, value: unknown, code: string): boolean {
  if (!checkFinite(out, row, field, value)) return false;
  if (value >= 0) return true;
  out.error(row, field, code, { field, value });
  return false;
}

/** Finite and > 0; `code` is the field's own message (QTY_PER_UNIT_NOT_POSITIVE, EXCHANGE_RATE_NOT_POSITIVE). */
export function checkPositive(out: IssueList, row: number, field: string, value: unknown, code: string): boolean {
  if (!checkFinite(out, row, field, value)) return false;
  if (value > 0) return true;
  out.error(row, field, code, { field, value });
  return false;
}

/** Finite and within 0..100 (both ends allowed). */
export function checkPercent(out: IssueList, row: number, field: string, value: unknown): boolean {
  if (!checkFinite(out, row, field, value)) return false;
  if (value >= 0 && value <= 100) return true;
  out.error(row, field, "DISCOUNT_OUT_OF_RANGE", { field, value });
  return false;
}
