/** Numbers as each language writes and types them (1,234.50 / 1.234,50). */
import type { Lang } from "../domain";

const locale = (lang: Lang) => (lang === "da" ? "da-DK" : "en-US");

/** An amount with at least two decimals (more only when the value has them, up to `maxDecimals`). */
export function formatAmount(lang: Lang, n: number, maxDecimals = 2): string {
  return n.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: Math.max(2, maxDecimals) });
}

/** A percentage from its value in percent (12.5 → "12.5%" / "12,5 %"). */
export function formatPercent(lang: Lang, pct: number): string {
  return (pct / 100).toLocaleString(locale(lang), { style: "percent", maximumFractionDigits: 4 });
}

/** A number for an input field: no grouping, the language's decimal sign. */
export function formatInput(lang: Lang, n: number): string {
  return n.toLocaleString(locale(lang), { useGrouping: false, maximumFractionDigits: 5 });
}

const PATTERNS: Readonly<Record<Lang, { group: string; decimal: string; shape: RegExp }>> = {
  en: { group: ",", decimal: ".", shape: /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/ },
  da: { group: ".", decimal: ",", shape: /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/ },
};

/**
 * A typed number, or null when the text is not one. Group signs are accepted only in groups of three, so a
 * Danish "12.5" is refused rather than read as 125.
 */
export function parseDecimal(lang: Lang, text: string): number | null {
  const p = PATTERNS[lang];
  const compact = text.replace(/[\s\u00a0]/g, "");
  if (!p.shape.test(compact)) return null;
  const n = Number(compact.split(p.group).join("").replace(p.decimal, "."));
  return Number.isFinite(n) ? n : null;
}
