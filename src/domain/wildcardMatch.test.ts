/**
 * BC wildcards match without backtracking (F1). The property test checks the filter against the simplest
 * possible reference, the RegExp the filter used before (fine for short values, exponential for long ones), over
 * a small alphabet with upper and lower case, Danish letters, CJK and an astral emoji; the pathological pattern
 * that made the RegExp run for minutes completes.
 */
import fc from "fast-check";
import { matchesFilter, parseFilter, type FilterKind } from "./bcFilter";
import { compileWildcard, type WildcardToken } from "./wildcardMatch";

const VALUE_CHARS = ["a", "b", "A", "B", "æ", "Æ", "中", "😀"];
const PATTERN_CHARS = [...VALUE_CHARS, "*", "?", "*", "?"];

/** The reference: the filter's former RegExp for a wildcard value. */
function reference(pattern: string, kind: FilterKind, ci: boolean): (value: string) => boolean {
  const upper = kind !== "text";
  let source = "^";
  for (const c of pattern) {
    if (c === "*") source += "[\\s\\S]*";
    else if (c === "?") source += "[\\s\\S]";
    else source += (upper ? c.toUpperCase() : c).replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  }
  const re = new RegExp(source + "$", ci && !upper ? "iu" : "u");
  return (value) => re.test(upper ? value.trim().toUpperCase() : value);
}

const word = (chars: string[], min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((cs) => cs.join(""));

describe("[F1] BC wildcards match in linear time", () => {
  test("a wildcard filter agrees with the RegExp reference on every value (property)", () => {
    fc.assert(
      fc.property(
        word(PATTERN_CHARS, 1, 8),
        fc.array(word(VALUE_CHARS, 0, 10), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<FilterKind>("text", "code"),
        fc.boolean(),
        (pattern, values, kind, ci) => {
          const parsed = parseFilter((ci ? "@" : "") + pattern, kind);
          if (!parsed.ok) throw new Error(`refused ${pattern}`);
          const ref = reference(pattern, kind, ci);
          for (const value of values) expect([value, matchesFilter(parsed.filter, value)]).toEqual([value, ref(value)]);
        },
      ),
      { numRuns: 3000, seed: 12 },
    );
  });

  test("a segment longer than 32 characters is found across word boundaries", () => {
    const literal = "ab".repeat(20) + "?" + "b".repeat(30);
    const parsed = parseFilter(`*${literal}*`, "text");
    if (!parsed.ok) throw new Error("refused");
    const hit = "ab".repeat(20) + "x" + "b".repeat(30);
    expect(matchesFilter(parsed.filter, "zz" + hit + "zz")).toBe(true);
    expect(matchesFilter(parsed.filter, "zz" + hit.slice(0, -1) + "zz")).toBe(false);
    expect(matchesFilter(parsed.filter, "ab".repeat(19) + hit)).toBe(true);
  });

  test("the pathological pattern (40 stars against 5,000 values of 200 characters) completes", () => {
    const pattern = "*a".repeat(40) + "*b";
    const parsed = parseFilter(pattern, "text");
    if (!parsed.ok) throw new Error("refused");
    let hits = 0;
    for (let i = 0; i < 5_000; i++)
      if (matchesFilter(parsed.filter, "a".repeat(150 + (i % 50)) + (i % 2 ? "b" : "c"))) hits++;
    expect(hits).toBe(2_500);
  });

  test("the matcher reads each character of the value once per 32 pattern positions of a segment", () => {
    const tokens: WildcardToken[] = [];
    for (let i = 0; i < 40; i++) tokens.push({ star: true }, { star: false, cp: "a" });
    tokens.push({ star: true }, { star: false, cp: "b" });
    let reads = 0;
    const value = new Proxy(Array.from("a".repeat(200) + "c"), {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(compileWildcard(tokens)(value)).toBe(false);
    expect(reads).toBeLessThanOrEqual(2 * 201);
  });
});
