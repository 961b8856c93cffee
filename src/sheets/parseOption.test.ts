import type { CellValue } from "../workbook";
import { parseOption } from "./parseOption";
import { LINE_DISCOUNT_TYPES, SALES_DISCOUNT_TYPES, SALES_PRICE_TYPES } from "./priceSchemas";

const PRICE_TYPES: [CellValue, string][] = [
  ["Customer", "Customer"],
  ["customer", "Customer"],
  ["Debitor", "Customer"],
  ["Customer Price Group", "CustomerPriceGroup"],
  ["customer price group", "CustomerPriceGroup"],
  ["CUSTOMERPRICEGROUP", "CustomerPriceGroup"],
  ["CustomerPriceGroup", "CustomerPriceGroup"],
  ["Debitorprisgruppe", "CustomerPriceGroup"],
  [" debitor prisgruppe ", "CustomerPriceGroup"],
  ["All Customers", "AllCustomers"],
  ["Alle debitorer", "AllCustomers"],
  ["ALLE\u00a0DEBITORER", "AllCustomers"],
  ["allcustomers", "AllCustomers"],
  ["Campaign", "Campaign"],
  ["Kampagne", "Campaign"],
];

const DISCOUNT_SALES_TYPES: [CellValue, string][] = [
  ["Customer Disc. Group", "CustomerDiscGroup"],
  ["customer disc group", "CustomerDiscGroup"],
  ["Debitorrabatgruppe", "CustomerDiscGroup"],
  ["CustomerDiscGroup", "CustomerDiscGroup"],
  ["Alle Debitorer", "AllCustomers"],
  ["kampagne", "Campaign"],
];

const LINE_TYPES: [CellValue, string][] = [
  ["Item", "Item"],
  ["vare", "Item"],
  ["Item Disc. Group", "ItemDiscGroup"],
  ["item disc group", "ItemDiscGroup"],
  ["ItemDiscGroup", "ItemDiscGroup"],
  ["Varerabatgruppe", "ItemDiscGroup"],
  ["VARE RABAT GRUPPE", "ItemDiscGroup"],
];

describe("parseOption", () => {
  test.each(PRICE_TYPES)("sales price type %p is %s", (cell, value) => {
    expect(parseOption(cell, SALES_PRICE_TYPES)).toEqual({ ok: true, value });
  });

  test.each(DISCOUNT_SALES_TYPES)("discount sales type %p is %s", (cell, value) => {
    expect(parseOption(cell, SALES_DISCOUNT_TYPES)).toEqual({ ok: true, value });
  });

  test.each(LINE_TYPES)("line discount type %p is %s", (cell, value) => {
    expect(parseOption(cell, LINE_DISCOUNT_TYPES)).toEqual({ ok: true, value });
  });

  test("each table knows only its own options", () => {
    expect(parseOption("Customer Disc. Group", SALES_PRICE_TYPES)).toEqual({ ok: false });
    expect(parseOption("Debitorprisgruppe", SALES_DISCOUNT_TYPES)).toEqual({ ok: false });
  });

  test.each<CellValue>(["Cust", "Customer Group", "Item Discount Group", "0", 0, 3, true, "", "Kampagner"])(
    "refuses %p: never guessed from a prefix, a number or a near miss",
    (cell) => {
      expect(parseOption(cell, [...SALES_PRICE_TYPES, ...LINE_DISCOUNT_TYPES])).toEqual({ ok: false });
    },
  );

  test("a spelling seen once is read the same way again (the remembered spelling)", () => {
    expect(parseOption("  kampagne ", SALES_PRICE_TYPES)).toEqual({ ok: true, value: "Campaign" });
    expect(parseOption("  kampagne ", SALES_PRICE_TYPES)).toEqual({ ok: true, value: "Campaign" });
    expect(parseOption("kampagnen", SALES_PRICE_TYPES)).toEqual({ ok: false });
  });
});
