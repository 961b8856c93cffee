import { hasControlChars, isPlausibleEmail, normalizeCode, textLength } from "./codes";

describe("[§1] codes are trimmed and upper-case", () => {
  test.each([
    ["  cp-01 ", "CP-01"],
    ["Æblé", "ÆBLÉ"],
    ["a b", "A B"],
    ["\tx\n", "X"],
    ["", ""],
  ])("normalizeCode(%p) → %p", (raw, expected) => {
    expect(normalizeCode(raw)).toBe(expected);
  });
});

describe("helpers", () => {
  test("control characters are detected, ordinary text is not", () => {
    expect(hasControlChars("A\tB")).toBe(true);
    expect(hasControlChars("A\nB")).toBe(true);
    expect(hasControlChars("A\u0085B")).toBe(true);
    expect(hasControlChars("ÆØÅ-_ /.")).toBe(false);
  });

  test("textLength counts an emoji (surrogate pair) once", () => {
    expect(textLength("abc")).toBe(3);
    expect(textLength("a😀b")).toBe(3);
    expect("a😀b".length).toBe(4);
  });

  test.each([
    ["anna@example.com", true],
    ["a.b+c@mail.example.dk", true],
    ["anna@example", false],
    ["anna example.com", false],
    ["anna@@example.com", false],
    ["@example.com", false],
    ["anna@.com", false],
    ["anna@example.", false],
  ])("isPlausibleEmail(%p) → %p", (s, expected) => {
    expect(isPlausibleEmail(s)).toBe(expected);
  });
});
