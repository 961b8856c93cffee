import type { Customer, Issue } from "./records";
import { validateCustomers } from "./validateCustomers";

const refs = {
  customerPriceGroups: new Set(["RETAIL"]),
  customerDiscGroups: new Set(["LARGE"]),
  currencies: new Set(["EUR"]),
};
const aCustomer = (overrides: Partial<Customer> = {}): Customer => ({
  no: "C10000",
  name: "Anna's Shop",
  contactNo: "CT000001",
  customerPriceGroup: "RETAIL",
  customerDiscGroup: "LARGE",
  currencyCode: "EUR",
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);

describe("[§1] customers", () => {
  test("well-formed customers have no issues; groups, currency and contact may be blank", () => {
    const blank = { contactNo: "", customerPriceGroup: "", customerDiscGroup: "", currencyCode: "" };
    const rows = [aCustomer(), aCustomer({ no: "C2", ...blank }), aCustomer({ no: "C3", currencyCode: " eur " })];
    expect(validateCustomers(rows, refs, "en")).toEqual([]);
  });

  test("KEY_REQUIRED, CODE_TOO_LONG and TEXT_TOO_LONG (name over 100)", () => {
    const rows = [
      aCustomer({ no: "" }),
      aCustomer({ no: "C".repeat(21) }),
      aCustomer({ no: "C3", name: "n".repeat(101) }),
    ];
    expect(brief(validateCustomers(rows, refs, "en"))).toEqual([
      [0, "no", "KEY_REQUIRED"],
      [1, "no", "CODE_TOO_LONG"],
      [2, "name", "TEXT_TOO_LONG"],
    ]);
  });

  test("contactNo: only its shape is checked here (an unknown contact is not an error)", () => {
    expect(validateCustomers([aCustomer({ contactNo: "NOBODY" })], refs, "en")).toEqual([]);
    expect(brief(validateCustomers([aCustomer({ contactNo: "K".repeat(21) })], refs, "en"))).toEqual([
      [0, "contactNo", "CODE_TOO_LONG"],
    ]);
  });

  test("UNKNOWN_CUSTOMER_PRICE_GROUP, UNKNOWN_CUSTOMER_DISC_GROUP and UNKNOWN_CURRENCY", () => {
    const issues = validateCustomers(
      [aCustomer({ customerPriceGroup: "VIP", customerDiscGroup: "SMALL", currencyCode: "GBP" })],
      refs,
      "en",
    );
    expect(issues.map((i) => [i.field, i.code, i.params["code"]])).toEqual([
      ["customerPriceGroup", "UNKNOWN_CUSTOMER_PRICE_GROUP", "VIP"],
      ["customerDiscGroup", "UNKNOWN_CUSTOMER_DISC_GROUP", "SMALL"],
      ["currencyCode", "UNKNOWN_CURRENCY", "GBP"],
    ]);
  });

  test("DUPLICATE_KEY marks both customers", () => {
    const issues = validateCustomers([aCustomer(), aCustomer({ no: "c10000" })], refs, "en");
    expect(brief(issues)).toEqual([
      [0, "no", "DUPLICATE_KEY"],
      [1, "no", "DUPLICATE_KEY"],
    ]);
  });
});
