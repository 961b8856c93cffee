/** How a cell's value reads on screen, in the edit bar and in test hooks. */
import type { CellValue } from "../../../src/workbook";
import { serialToIso } from "./excelDate";

export type CellAlign = "left" | "right" | "center";

export interface CellText {
  text: string;
  align: CellAlign;
}

const ERROR_VALUES = new Set(["#NAME?", "#VALUE!", "#REF!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#SPILL!"]);

/** The raw value as text: numbers in full, booleans as TRUE/FALSE (the `data-value` hook and copy text). */
export function rawText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** What the edit bar shows and the editor starts with: the formula when there is one, else the raw value. */
export function editText(view: { value: CellValue; formula: string }): string {
  return view.formula !== "" ? view.formula : rawText(view.value);
}

/** A number in Excel's General style, without binary floating-point noise (0.1 + 0.2 shows 0.3). */
function generalNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function formatNumber(n: number, numberFormat: string): string {
  if (numberFormat === "yyyy-mm-dd") return serialToIso(n) ?? generalNumber(n);
  const fixed = /^0(?:\.(0+))?$/.exec(numberFormat);
  if (fixed) return n.toFixed(fixed[1]?.length ?? 0);
  return generalNumber(n);
}

/**
 * Display text and alignment as Excel shows them: numbers right-aligned (dates in "yyyy-mm-dd" format as ISO
 * dates), booleans and error values centred, text left-aligned.
 */
export function displayText(view: { value: CellValue; numberFormat: string }): CellText {
  const { value } = view;
  if (typeof value === "number") return { text: formatNumber(value, view.numberFormat), align: "right" };
  if (typeof value === "boolean") return { text: rawText(value), align: "center" };
  return { text: value, align: ERROR_VALUES.has(value) ? "center" : "left" };
}
