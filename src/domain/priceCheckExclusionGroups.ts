/**
 * The lines that did not apply, grouped by why (PN7): one group per reason, in a fixed order (dates first, then
 * minimum quantity, unit, variant, currency), each group's lines by kind (prices first), source and row id.
 */
import type { ExcludedLine, ExclusionReason } from "./priceCheckTypes";

const REASON_ORDER: readonly ExclusionReason[] = [
  "OUT_OF_DATES",
  "MIN_QTY",
  "OTHER_UNIT",
  "OTHER_VARIANT",
  "OTHER_CURRENCY",
];
const SOURCE_ORDER = ["allCustomers", "customer", "customerPriceGroup", "customerDiscGroup", "campaign", "itemCard"];

export interface ExclusionGroup {
  reason: ExclusionReason;
  lines: ExcludedLine[];
}

function compareLines(a: ExcludedLine, b: ExcludedLine): number {
  if (a.kind !== b.kind) return a.kind === "price" ? -1 : 1;
  const bySource = SOURCE_ORDER.indexOf(a.source.kind) - SOURCE_ORDER.indexOf(b.source.kind);
  if (bySource !== 0) return bySource;
  return a.source.code.localeCompare(b.source.code) || a.rowId.localeCompare(b.rowId);
}

export function groupExclusions(lines: readonly ExcludedLine[]): ExclusionGroup[] {
  return REASON_ORDER.map((reason) => ({
    reason,
    lines: lines.filter((l) => l.reason === reason).sort(compareLines),
  })).filter((g) => g.lines.length > 0);
}
