/**
 * Business Central filter expressions (bc-reference §4.6: the criteria of Add/Reduce/Refine Contacts), as a
 * user types them: `A`, `A..B`, `A..`, `..B`, `<>X`, `<X`, `<=X`, `>X`, `>=X`, `=X`, alternatives `A|B`, all-of
 * `A&B` (`|` binds looser than `&`, as in BC), wildcards `*` and `?`, `''` for blank, `@` for case-insensitive,
 * and quotes `'a|b'` for a literal (`''` inside quotes is one quote). Parentheses are refused (FILTER_SYNTAX).
 * A filter is parsed and compiled once; matching a value runs a few precompiled tests (one RegExp per wildcard
 * term), so filtering 50,000 contacts costs milliseconds.
 */
import {
  compileTerm,
  FilterSyntax,
  type Ch,
  type FilterKind,
  type Prepared,
  type TermParts,
  type Test,
} from "./bcFilterTerms";
import type { IssueParams } from "./records";

export type { FilterKind };

/** A value being filtered; booleans and numbers as themselves, everything else as text. */
export type FilterValue = string | number | boolean;

/** A compiled filter: alternatives of terms that must all hold. Build with parseFilter. */
export interface BcFilter {
  readonly kind: FilterKind;
  readonly text: string;
  /** Any alternative holds when all its tests hold; one empty alternative matches everything. */
  readonly alternatives: readonly (readonly Test[])[];
}

export type ParsedFilter = { ok: true; filter: BcFilter } | { ok: false; code: "FILTER_SYNTAX"; params: IssueParams };

/** A term as split from the text: its characters, whether it had quotes, and how it was typed. */
interface RawTerm {
  chars: Ch[];
  quoted: boolean;
  source: string;
}

/** Splits the text into alternatives of terms of characters, resolving quotes. */
function split(text: string): RawTerm[][] {
  const alternatives: RawTerm[][] = [];
  let terms: RawTerm[] = [];
  let term: RawTerm = { chars: [], quoted: false, source: "" };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'") {
      term.quoted = true;
      let closed = false;
      for (i++; i < text.length; i++) {
        const d = text.charAt(i);
        if (d !== "'") term.chars.push({ c: d, q: true });
        else if (text.charAt(i + 1) === "'") {
          term.chars.push({ c: "'", q: true });
          i++;
        } else {
          closed = true;
          break;
        }
      }
      if (!closed) throw new FilterSyntax(text.slice(text.lastIndexOf("'")));
    } else if (c === "|" || c === "&") {
      term.source = text.slice(start, i).trim();
      terms.push(term);
      term = { chars: [], quoted: false, source: "" };
      start = i + 1;
      if (c === "|") {
        alternatives.push(terms);
        terms = [];
      }
    } else if (c === "(" || c === ")") throw new FilterSyntax(c);
    else term.chars.push({ c, q: false });
  }
  term.source = text.slice(start).trim();
  terms.push(term);
  alternatives.push(terms);
  return alternatives;
}

const isSpace = (ch: Ch | undefined): boolean => ch !== undefined && !ch.q && /\s/.test(ch.c);

function trim(chars: Ch[]): Ch[] {
  let a = 0;
  let b = chars.length;
  while (a < b && isSpace(chars[a])) a++;
  while (b > a && isSpace(chars[b - 1])) b--;
  return chars.slice(a, b);
}

const at = (chars: readonly Ch[], i: number, c: string): boolean => chars[i]?.c === c && chars[i]?.q === false;

function parseTerm({ chars: raw, quoted, source }: RawTerm): TermParts {
  let chars = trim(raw);
  let ci = false;
  const takeAt = (): void => {
    if (at(chars, 0, "@")) {
      ci = true;
      chars = trim(chars.slice(1));
    }
  };
  takeAt();
  let op: TermParts["op"] = "";
  for (const candidate of ["<>", "<=", ">=", "<", ">", "="] as const) {
    if ([...candidate].every((c, i) => at(chars, i, c))) {
      op = candidate;
      chars = trim(chars.slice(candidate.length));
      break;
    }
  }
  takeAt();
  const dots: number[] = [];
  for (let i = 0; i + 1 < chars.length; i++) if (at(chars, i, ".") && at(chars, i + 1, ".")) dots.push(i++);
  const [dot] = dots;
  if (dot === undefined) return { ci, op, from: chars, to: null, quoted, source };
  if (dots.length > 1 || op !== "") throw new FilterSyntax(source);
  const from = trim(chars.slice(0, dot));
  const to = trim(chars.slice(dot + 2));
  if (from.length === 0 && to.length === 0) throw new FilterSyntax("..");
  return { ci, op: "..", from: from.length === 0 ? null : from, to: to.length === 0 ? null : to, quoted, source };
}

/** Parses and compiles `text` for a field of `kind`; an empty text matches everything. */
export function parseFilter(text: string, kind: FilterKind): ParsedFilter {
  try {
    const alternatives = text.trim() === "" ? [[]] : split(text).map((terms) => terms.map((t) => compile(t, kind)));
    return { ok: true, filter: { kind, text, alternatives } };
  } catch (e) {
    if (!(e instanceof FilterSyntax)) throw e;
    return { ok: false, code: "FILTER_SYNTAX", params: { filter: text, part: e.part } };
  }
}

function compile(term: RawTerm, kind: FilterKind): Test {
  // An empty alternative (`A|`, `|B`, `A&`) is refused: blank is written `''`.
  if (trim(term.chars).length === 0 && !term.quoted) throw new FilterSyntax("|");
  return compileTerm(parseTerm(term), kind);
}

/** True when `value` passes `filter`. */
export function matchesFilter(filter: BcFilter, value: FilterValue): boolean {
  const v = prepare(filter.kind, value);
  for (const tests of filter.alternatives) {
    let all = true;
    for (const test of tests) {
      if (!test(v)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

function prepare(kind: FilterKind, value: FilterValue): Prepared {
  if (kind === "number") {
    const n = typeof value === "number" ? value : Number(value);
    return { s: "", lower: "", n };
  }
  if (kind === "boolean") return { s: "", lower: "", n: value === true ? 1 : 0 };
  const raw = typeof value === "string" ? value : String(value);
  const s = kind === "text" ? raw : raw.trim().toUpperCase();
  return { s, lower: s.toLowerCase(), n: 0 };
}
