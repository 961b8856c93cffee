import { formatAmount, formatInput, formatPercent, parseDecimal } from "./numberFormat";

describe("numbers per language", () => {
  test("amounts group and use the decimal sign each language writes", () => {
    expect(formatAmount("en", 1234.5)).toBe("1,234.50");
    expect(formatAmount("da", 1234.5)).toBe("1.234,50");
  });

  test("unit prices keep up to the decimals asked for, never fewer than two", () => {
    expect(formatAmount("en", 0.12345, 5)).toBe("0.12345");
    expect(formatAmount("en", 3, 5)).toBe("3.00");
  });

  test("percentages", () => {
    expect(formatPercent("en", 12.5)).toBe("12.5%");
    expect(formatPercent("da", 12.5)).toMatch(/^12,5\s%$/);
  });

  test("a typed number is read with the language's signs", () => {
    expect(parseDecimal("en", "1,234.5")).toBe(1234.5);
    expect(parseDecimal("da", "1.234,5")).toBe(1234.5);
    expect(parseDecimal("da", "12,75")).toBe(12.75);
    expect(parseDecimal("en", " -3 ")).toBe(-3);
  });

  test("ambiguous or malformed text is refused, not guessed", () => {
    expect(parseDecimal("da", "12.5")).toBeNull();
    expect(parseDecimal("en", "12,5")).toBeNull();
    expect(parseDecimal("en", "")).toBeNull();
    expect(parseDecimal("en", "abc")).toBeNull();
  });

  test("an input value reads back as the same number", () => {
    for (const lang of ["en", "da"] as const) {
      for (const n of [0, 1.5, 12345.678, -2]) expect(parseDecimal(lang, formatInput(lang, n))).toBe(n);
    }
  });
});
