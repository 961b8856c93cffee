import { BC_FILTER_EXPRESSION, bcFilterValues } from "../../test/fixtures/bcFilterScale";
import { matchesFilter, parseFilter, type FilterKind, type FilterValue } from "./bcFilter";

/** [expression, kind, values it matches, values it does not match]. */
const MATCHES: [string, FilterKind, FilterValue[], FilterValue[]][] = [
  // exact, and the case rules per kind
  ["C0001", "code", ["C0001", " c0001 "], ["C0002", "C00011", ""]],
  ["c0001", "code", ["C0001"], ["C0002"]],
  ["Hansen", "text", ["Hansen"], ["hansen", "Hansen ", "Hansens"]],
  ["@hansen", "text", ["Hansen", "HANSEN"], ["Hansens"]],
  ["=Hansen", "text", ["Hansen"], ["Olsen"]],
  ["New York", "text", ["New York"], ["New  York", "NewYork"]],
  // ranges
  ["C0010..C0020", "code", ["C0010", "C0015", "c0020"], ["C0009", "C0021", ""]],
  ["C0010..", "code", ["C0010", "C9"], ["C0009", "B"]],
  ["..C0010", "code", ["C0010", "A", ""], ["C0011"]],
  ["a..c", "text", ["a", "b", "bz", "c"], ["A", "ca", "d"]],
  ["@a..c", "text", ["A", "B", "c"], ["D"]],
  [" A .. C ", "code", ["B"], ["D"]],
  // comparisons
  ["<>C0001", "code", ["C0002", ""], ["C0001", "c0001"]],
  ["<C0005", "code", ["C0004", ""], ["C0005", "C0006"]],
  ["<=C0005", "code", ["C0005", "C0004"], ["C0006"]],
  [">C0005", "code", ["C0006"], ["C0005", ""]],
  [">=C0005", "code", ["C0005", "Z"], ["C0004"]],
  // alternatives and all-of
  ["C1|C2|C3", "code", ["C1", "C2", "C3"], ["C4", ""]],
  ["C1 | C5..C7", "code", ["C1", "C6"], ["C2", "C8"]],
  [">=C1&<=C3", "code", ["C1", "C2", "C3"], ["C0", "C4"]],
  ["A..Z&<>M", "code", ["A", "L", "N"], ["M", "ZZ"]],
  ["C1|>=C5&<=C6|C9", "code", ["C1", "C5", "C6", "C9"], ["C2", "C7", "C8"]],
  ["<>C1&<>C2", "code", ["C3", ""], ["C1", "C2"]],
  // wildcards
  ["*sen", "text", ["Hansen", "sen"], ["Hansens", "HANSEN"]],
  ["Han*", "text", ["Hansen", "Han"], ["han", "Ha"]],
  ["*ans*", "text", ["Hansen", "ans"], ["ANS"]],
  ["@*ans*", "text", ["HANSEN", "hansen", "Ans"], ["Olsen"]],
  ["H?nsen", "text", ["Hansen", "Hønsen"], ["Hnsen", "Haansen"]],
  ["*sen|*son", "text", ["Hansen", "Jackson"], ["Smith"]],
  ["<>*sen", "text", ["Smith", ""], ["Hansen"]],
  ["*.dk", "code", ["anna@firma.dk", "ANNA@FIRMA.DK"], ["anna@firma.dkx", "annadk"]],
  ["c0*", "code", ["C001", "c0"], ["D001"]],
  ["*@firma.dk", "text", ["anna@firma.dk"], ["anna@FIRMA.DK", "anna@firma.dk.x"]],
  // blank
  ["''", "code", ["", "  "], ["C1"]],
  ["''", "text", [""], [" ", "x"]],
  ["<>''", "code", ["C1"], [""]],
  ["''|C1", "code", ["", "C1"], ["C2"]],
  // quotes take a literal
  ["'a|b'", "text", ["a|b"], ["a", "b"]],
  ["'A*'", "text", ["A*"], ["AB"]],
  ["'O''Brien'", "text", ["O'Brien"], ["OBrien"]],
  ["'1..2'", "code", ["1..2"], ["1", "1.5"]],
  ["'(x)'", "text", ["(x)"], ["x"]],
  // numbers compare numerically
  [">=100", "number", [100, 250, 1e6], [99.99, -100]],
  ["1..5.5", "number", [1, 3, 5.5], [0.99, 5.51]],
  ["..0", "number", [0, -3], [0.01]],
  ["10|20", "number", [10, 20], [15]],
  ["<>0", "number", [1, -1], [0]],
  ["-2.5", "number", [-2.5], [2.5]],
  ["9", "number", [9], [90, 19]],
  // booleans and options
  ["Yes", "boolean", [true], [false]],
  ["nej", "boolean", [false], [true]],
  ["<>true", "boolean", [false], [true]],
  ["Person", "option", ["Person", "person"], ["Company"]],
  ["Company|Person", "option", ["Company", "Person"], [""]],
  ["<>Company", "option", ["Person"], ["Company"]],
  ["*pos*", "option", ["VeryPositive", "Positive"], ["Negative"]],
  // empty filter matches everything
  ["", "code", ["", "ANY"], []],
  ["   ", "number", [0, 12], []],
];

/** [expression, kind, the part the error names]. */
const SYNTAX_ERRORS: [string, FilterKind, string][] = [
  ["(A|B)", "code", "("],
  ["A|(B)", "code", "("],
  ["A)", "text", ")"],
  ["'abc", "text", "'abc"],
  ["A|", "code", "|"],
  ["|A", "code", "|"],
  ["A||B", "code", "|"],
  ["A&", "code", "|"],
  ["..", "code", ".."],
  ["A..B..C", "code", "A..B..C"],
  [">=A..B", "code", ">=A..B"],
  ["<>", "code", "<>"],
  ["@", "text", "@"],
  ["A*..B", "code", "A*..B"],
  [">A*", "text", ">A*"],
  ["abc", "number", "abc"],
  ["1..x", "number", "x"],
  ["*5", "number", "*5"],
  ["''", "number", "''"],
  ["1,5", "number", "1,5"],
  ["maybe", "boolean", "maybe"],
  [">Yes", "boolean", ">Yes"],
  ["A..B", "option", "A..B"],
  [">=Person", "option", ">=Person"],
];

describe("[§4.6] BC filter expressions: what matches", () => {
  test.each(MATCHES)("%p (%s)", (expr, kind, yes, no) => {
    const parsed = parseFilter(expr, kind);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.params)}`);
    for (const v of yes) expect([v, matchesFilter(parsed.filter, v)]).toEqual([v, true]);
    for (const v of no) expect([v, matchesFilter(parsed.filter, v)]).toEqual([v, false]);
  });
});

describe("[§4.6] BC filter expressions: FILTER_SYNTAX", () => {
  test.each(SYNTAX_ERRORS)("%p (%s) is refused near %p", (expr, kind, part) => {
    expect(parseFilter(expr, kind)).toEqual({ ok: false, code: "FILTER_SYNTAX", params: { filter: expr, part } });
  });

  test("the table holds at least 40 expressions", () => {
    expect(MATCHES.length + SYNTAX_ERRORS.length).toBeGreaterThanOrEqual(40);
  });
});

describe("compiled once", () => {
  test("a wildcard filter is parsed once and matched against 100,000 values with the expected hits", () => {
    const parsed = parseFilter(BC_FILTER_EXPRESSION, "text");
    if (!parsed.ok) throw new Error("refused");
    let hits = 0;
    for (const value of bcFilterValues(100_000)) if (matchesFilter(parsed.filter, value)) hits++;
    // Even i: "Hansen …" (all match); odd i: C1, C3, C7, C9 match, C5 is excluded.
    expect(hits).toBe(50_000 + 40_000);
  }, 120_000);
});
