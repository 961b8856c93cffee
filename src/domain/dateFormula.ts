/**
 * Parser for Business Central date formulas (bc-reference.md §10.1, domain-rules.md §7).
 *
 * Accepted: terms `nD nW nM nQ nY` (n = 0..9999), `CD CW CM CQ CY`, `WDn` (n = 1..7) and `Dn` (n = 1..31),
 * each with an optional sign; upper or lower case; optional `<…>` around the whole formula; white space is
 * ignored. Every term after the first must start with `+` or `-`, so `CWD1` or `1M1D` are rejected rather than
 * guessed at. The empty formula is valid and means "no change" (an activity step without a formula).
 * Rejected as unsupported (semantics NOT FOUND in §10.2): `nWD`, `Wn`, `Mn`, `Qn`, `Yn`.
 */

export type PeriodUnit = "D" | "W" | "M" | "Q" | "Y";

export type DateFormulaTerm =
  | { kind: "offset"; unit: PeriodUnit; amount: number } // amount carries the sign
  | { kind: "current"; unit: PeriodUnit; back: boolean } // back: `-C…` = start of the period
  | { kind: "weekday"; n: number; back: boolean }
  | { kind: "dayOfMonth"; n: number; back: boolean };

const MAX_AMOUNT_DIGITS = 4; // user docs: at most 9999

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isPeriodUnit(c: string | undefined): c is PeriodUnit {
  return c === "D" || c === "W" || c === "M" || c === "Q" || c === "Y";
}

/** Strips white space and one pair of enclosing angle brackets, upper-cases; null when brackets are unbalanced. */
function canonical(formula: string): string | null {
  let s = formula.replace(/\s+/g, "").toUpperCase();
  if (s.startsWith("<")) {
    if (!s.endsWith(">")) return null;
    s = s.slice(1, -1);
  }
  return s.includes("<") || s.includes(">") ? null : s;
}

/** Parses a formula into terms, or null when it is malformed or unsupported. */
export function parseDateFormula(formula: string): DateFormulaTerm[] | null {
  const s = canonical(formula);
  if (s === null) return null;
  const terms: DateFormulaTerm[] = [];
  let i = 0;

  const readNumber = (): number | null => {
    const start = i;
    while (isDigit(s[i])) i++;
    const len = i - start;
    return len === 0 || len > MAX_AMOUNT_DIGITS ? null : Number(s.slice(start, i));
  };

  while (i < s.length) {
    let back = false;
    if (s[i] === "+" || s[i] === "-") {
      back = s[i] === "-";
      i++;
    } else if (terms.length > 0) {
      return null; // terms must be separated by a sign
    }
    const c = s[i];
    if (isDigit(c)) {
      const n = readNumber();
      const unit = s[i];
      if (n === null || !isPeriodUnit(unit) || (unit === "W" && s[i + 1] === "D")) return null;
      i++;
      terms.push({ kind: "offset", unit, amount: back ? -n : n });
    } else if (c === "C") {
      const unit = s[i + 1];
      if (!isPeriodUnit(unit)) return null;
      i += 2;
      terms.push({ kind: "current", unit, back });
    } else if (c === "W" && s[i + 1] === "D") {
      i += 2;
      const n = readNumber();
      if (n === null || n < 1 || n > 7) return null;
      terms.push({ kind: "weekday", n, back });
    } else if (c === "D") {
      i += 1;
      const n = readNumber();
      if (n === null || n < 1 || n > 31) return null;
      terms.push({ kind: "dayOfMonth", n, back });
    } else {
      return null;
    }
  }
  return terms;
}
