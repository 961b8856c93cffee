/**
 * Reading a percent cell as a number of percent points (15 for 15 %). People paste percentages in many forms:
 * `15`, `12,5`, `12.5`, `1.234,50` (any form parseNumber reads), the same with a percent sign (`15 %`, `15%`),
 * and numeric cells that Excel shows as a percentage: a number format with a `%` means the cell holds a
 * fraction (0.15 shown as 15 %), so it is scaled by 100. Only a trailing percent sign is accepted.
 */
import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { parseNumber } from "./parseNumber";
import type { NumberResult } from "./parseNumber";

const TRAILING_PERCENT = /^([^%]*?)\s*%\s*$/;
/** Parts of a number format that are shown as they are and never scale the value: "text", \x, _x, *x, [Red]. */
const LITERALS = /"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g;
const scalesCache = new Map<string, boolean>();

/** A percent cell as percent points (0 when blank), or why it is not one. `numberFormat` is the cell's Excel format. */
export function parsePercent(value: CellValue, lang: Lang, numberFormat = ""): NumberResult {
  if (typeof value === "number") {
    if (value - value !== 0) return { ok: false, reason: "notNumber" }; // NaN, ±Infinity
    return { ok: true, value: numberFormat !== "" && formatShowsPercent(numberFormat) ? hundredfold(value) : value };
  }
  if (typeof value === "string" && value.includes("%")) {
    const m = TRAILING_PERCENT.exec(value);
    const inner = m?.[1] ?? "";
    if (inner.trim() === "") return { ok: false, reason: "notNumber" };
    return parseNumber(inner, lang);
  }
  return parseNumber(value, lang);
}

/** True when Excel multiplies the value by 100 to show it: a `%` outside quoted text and escapes. */
export function formatShowsPercent(numberFormat: string): boolean {
  let scales = scalesCache.get(numberFormat);
  if (scales === undefined) {
    scales = numberFormat.replace(LITERALS, "").includes("%");
    scalesCache.set(numberFormat, scales);
  }
  return scales;
}

/** value × 100 without binary noise: 0.155 × 100 is 15.500000000000002 in floating point, 15.5 here. */
function hundredfold(value: number): number {
  return +(value * 100).toPrecision(15) || 0; // || 0: no -0
}
