import type { Currency, Issue } from "./records";
import {
  validateCurrencies,
  validateCustomerDiscountGroups,
  validateCustomerPriceGroups,
  validateItemDiscountGroups,
} from "./validatePricingSetup";

const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);
const group = (code: string, description = "Group") => ({ code, description });
const currency = (overrides: Partial<Currency> = {}): Currency => ({
  code: "EUR",
  description: "Euro",
  exchangeRate: 7.46,
  ...overrides,
});

describe("[§1] group tables: code required, unique, within its BC length; description Text100", () => {
  test.each([
    ["item discount groups", validateItemDiscountGroups, 20],
    ["customer price groups", validateCustomerPriceGroups, 10],
    ["customer discount groups", validateCustomerDiscountGroups, 20],
  ])("%s: Code%i key", (_name, validate, max) => {
    expect(validate([group("A".repeat(max)), group("B", "")], "en")).toEqual([]);
    const issues = validate([group(""), group("X".repeat(max + 1)), group("OK", "d".repeat(101))], "en");
    expect(brief(issues)).toEqual([
      [0, "code", "KEY_REQUIRED"],
      [1, "code", "CODE_TOO_LONG"],
      [2, "description", "TEXT_TOO_LONG"],
    ]);
    expect(issues[1]?.params).toMatchObject({ max, length: max + 1 });
  });

  test("DUPLICATE_KEY compares codes after normalising and marks both rows", () => {
    const issues = validateCustomerPriceGroups([group("retail"), group("B"), group(" RETAIL ")], "en");
    expect(brief(issues)).toEqual([
      [0, "code", "DUPLICATE_KEY"],
      [2, "code", "DUPLICATE_KEY"],
    ]);
  });
});

describe("[§1] currencies: Code10 key, exchange rate finite and > 0", () => {
  test("a well-formed currency has no issues", () => {
    expect(validateCurrencies([currency(), currency({ code: "USD", exchangeRate: 0.0001 })], "en")).toEqual([]);
  });

  test("CODE_TOO_LONG: a currency code over Code10", () => {
    expect(brief(validateCurrencies([currency({ code: "C".repeat(11) })], "en"))).toEqual([
      [0, "code", "CODE_TOO_LONG"],
    ]);
  });

  test.each([0, -1])("EXCHANGE_RATE_NOT_POSITIVE: %p is refused", (exchangeRate) => {
    const [issue] = validateCurrencies([currency({ exchangeRate })], "en");
    expect(issue).toMatchObject({
      field: "exchangeRate",
      code: "EXCHANGE_RATE_NOT_POSITIVE",
      params: { value: exchangeRate },
    });
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY])(
    "INVALID_NUMBER: exchange rate %p is not a finite number",
    (rate) => {
      expect(brief(validateCurrencies([currency({ exchangeRate: rate })], "en"))).toEqual([
        [0, "exchangeRate", "INVALID_NUMBER"],
      ]);
    },
  );

  test("DUPLICATE_KEY marks both currencies", () => {
    const issues = validateCurrencies([currency(), currency({ code: "eur" })], "en");
    expect(issues.map((i) => [i.row, i.code, i.params["otherRow"]])).toEqual([
      [0, "DUPLICATE_KEY", 1],
      [1, "DUPLICATE_KEY", 0],
    ]);
  });
});
