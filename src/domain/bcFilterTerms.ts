/**
 * One term of a BC filter (`>=100`, `A..B`, `@*smith*`, `<>''`) compiled to a test for one field kind
 * (bcFilter.ts parses the whole expression). Codes and options compare case-insensitively (BC stores codes
 * upper-case; options by name), text is case-sensitive unless `@`, numbers numerically, booleans as Yes/No.
 * Codes and text order as strings, code point by code point (BC on SQL sorts codes the same way).
 */
import { compileWildcard, type WildcardToken } from "./wildcardMatch";

/** How values of a field compare (see the kinds below). */
export type FilterKind = "text" | "code" | "number" | "boolean" | "option";

/** One character of a term, and whether it was inside quotes (a quoted character is never an operator). */
export interface Ch {
  c: string;
  q: boolean;
}

/** A comparable form of one value, prepared once per match. */
export interface Prepared {
  s: string; // text as compared (codes and options: trimmed, upper-case)
  lower: string; // lower-cased `s`, for `@` text terms
  n: number; // numbers: the value; booleans: 1 or 0
}

export type Test = (v: Prepared) => boolean;

/** Thrown inside the parser only; parseFilter turns it into a FILTER_SYNTAX result naming `part`. */
export class FilterSyntax extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

/** A term's parts: `@`, an operator, and a value or the two ends of a range (null: open end). */
export interface TermParts {
  ci: boolean;
  op: "" | "=" | "<>" | "<" | "<=" | ">" | ">=" | "..";
  from: Ch[] | null;
  to: Ch[] | null;
  /** The term had quotes, so an empty value means blank (`''`). */
  quoted: boolean;
  /** The term as typed, for error messages. */
  source: string;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const BOOLEANS = new Map([
  ["yes", 1],
  ["true", 1],
  ["ja", 1],
  ["1", 1],
  ["no", 0],
  ["false", 0],
  ["nej", 0],
  ["0", 0],
]);

const text = (chars: readonly Ch[]): string => chars.map((ch) => ch.c).join("");
const hasWildcard = (chars: readonly Ch[]): boolean => chars.some((ch) => !ch.q && (ch.c === "*" || ch.c === "?"));

/**
 * One code point as a case-insensitive match compares it (`@`): lower-cased when that is one code point, as a
 * RegExp's `iu` flag folds case one code point at a time.
 */
function foldCase(cp: string): string {
  const lower = cp.toLowerCase();
  return Array.from(lower).length === 1 ? lower : cp;
}

/** A test for a wildcard value (F1): `*` any run, `?` one character, everything else literal; linear time. */
function wildcardTest(chars: readonly Ch[], upper: boolean, ci: boolean): (s: string) => boolean {
  const tokens: WildcardToken[] = [];
  let literal = ""; // a run of literal characters, split into code points once whole (the parser splits UTF-16)
  const flush = () => {
    for (const cp of upper ? literal.toUpperCase() : literal) tokens.push({ star: false, cp: ci ? foldCase(cp) : cp });
    literal = "";
  };
  for (const ch of chars) {
    if (ch.q || (ch.c !== "*" && ch.c !== "?")) literal += ch.c;
    else {
      flush();
      tokens.push(ch.c === "*" ? { star: true } : { star: false, cp: null });
    }
  }
  flush();
  const matches = compileWildcard(tokens);
  return ci ? (s) => matches(Array.from(s, foldCase)) : (s) => matches(Array.from(s));
}

/** A comparison of `get(v)` against constant(s), for every operator. */
function compare<T extends string | number>(
  op: TermParts["op"],
  get: (v: Prepared) => T,
  a: T | null,
  b: T | null,
): Test {
  switch (op) {
    case "":
    case "=":
      return (v) => get(v) === a;
    case "<>":
      return (v) => get(v) !== a;
    case "<":
      return (v) => a !== null && get(v) < a;
    case "<=":
      return (v) => a !== null && get(v) <= a;
    case ">":
      return (v) => a !== null && get(v) > a;
    case ">=":
      return (v) => a !== null && get(v) >= a;
    case "..":
      return (v) => {
        const x = get(v);
        return (a === null || x >= a) && (b === null || x <= b);
      };
  }
}

function numberOf(chars: Ch[] | null, source: string): number | null {
  if (chars === null) return null;
  const s = text(chars).trim();
  if (!NUMBER.test(s)) throw new FilterSyntax(s === "" ? source : s);
  return Number(s);
}

/** Compiles one term for a field of `kind`; throws FilterSyntax when the term makes no sense for it. */
export function compileTerm(parts: TermParts, kind: FilterKind): Test {
  const { op, from, to, source } = parts;
  const value = from ?? [];
  if (op !== ".." && value.length === 0 && !parts.quoted) throw new FilterSyntax(source);
  if (kind === "number") {
    if (op !== ".." && value.length === 0) throw new FilterSyntax(source); // '' : a number is never blank
    return compare(op, (v) => v.n, numberOf(from, source), numberOf(to, source));
  }
  if (kind === "boolean") {
    const b = BOOLEANS.get(text(value).trim().toLowerCase());
    if (b === undefined || (op !== "" && op !== "=" && op !== "<>")) throw new FilterSyntax(source);
    return compare(op, (v) => v.n, b, null);
  }
  if (kind === "option" && op !== "" && op !== "=" && op !== "<>") throw new FilterSyntax(source);
  const upper = kind !== "text";
  const ci = parts.ci && !upper; // codes and options are case-insensitive anyway
  if (hasWildcard(value) || (to !== null && hasWildcard(to))) {
    if (op !== "" && op !== "=" && op !== "<>") throw new FilterSyntax(source);
    const matches = wildcardTest(value, upper, ci);
    return op === "<>" ? (v) => !matches(v.s) : (v) => matches(v.s);
  }
  const norm = (chars: Ch[] | null): string | null => {
    if (chars === null) return null;
    const s = text(chars);
    return upper ? s.trim().toUpperCase() : ci ? s.toLowerCase() : s;
  };
  return compare(op, ci ? (v) => v.lower : (v) => v.s, norm(from), norm(to));
}
