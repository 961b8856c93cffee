import { campaignDiscountSchema, campaignPriceSchema, excelSheetName, excelTableName } from "./campaignLineSchemas";
import { salesLineDiscountSchema, salesPriceSchema } from "./priceSchemas";

const EXCEL_TABLE_NAME = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/;

describe("one campaign's price and discount sheets", () => {
  test("names: Prices CP0003 / Priser CP0003 in table Prices_CP0003, Discounts / Rabatter in Discounts_CP0003", () => {
    const prices = campaignPriceSchema("CP0003");
    expect([prices.sheetName, prices.tableName]).toEqual([
      { en: "Prices CP0003", da: "Priser CP0003" },
      "Prices_CP0003",
    ]);
    const discounts = campaignDiscountSchema("CP0003");
    expect([discounts.sheetName, discounts.tableName]).toEqual([
      { en: "Discounts CP0003", da: "Rabatter CP0003" },
      "Discounts_CP0003",
    ]);
  });

  test("no Sales Type or Sales Code column: every row is the campaign's (fixed)", () => {
    const prices = campaignPriceSchema("CP0003");
    expect(prices.columns.map((c) => c.field)).toEqual(
      salesPriceSchema.columns.map((c) => c.field).filter((f) => f !== "salesType" && f !== "salesCode"),
    );
    expect(prices.fixed).toEqual({ salesType: "Campaign", salesCode: "CP0003" });
    expect(prices.blank()).toMatchObject({ salesType: "Campaign", salesCode: "CP0003", allowLineDisc: true });
    const discounts = campaignDiscountSchema("CP0003");
    expect(discounts.columns.some((c) => c.field === "salesType" || c.field === "salesCode")).toBe(false);
    expect(discounts.columns.map((c) => c.field)).toContain("type");
    expect(discounts.fixed).toEqual({ salesType: "Campaign", salesCode: "CP0003" });
  });

  test("the dates are shown but read-only (written by the add-in from the campaign card)", () => {
    for (const schema of [campaignPriceSchema("CP0003"), campaignDiscountSchema("CP0003")]) {
      expect(schema.columns.filter((c) => c.readOnly).map((c) => c.field)).toEqual(["startingDate", "endingDate"]);
      expect([schema.entity, schema.keyField, schema.keyIsRowId]).toEqual([
        schema === campaignPriceSchema("CP0003") ? "salesPrice" : "salesLineDiscount",
        "id",
        true,
      ]);
    }
    // The general sheets keep their dates editable.
    expect(salesPriceSchema.columns.some((c) => c.readOnly)).toBe(false);
    expect(salesLineDiscountSchema.columns.some((c) => c.readOnly)).toBe(false);
  });

  test("the campaign no. is trimmed and upper-cased, and the same campaign gives the same schema", () => {
    expect(campaignPriceSchema(" cp0003 ")).toBe(campaignPriceSchema("CP0003"));
    expect(campaignDiscountSchema("cp7").fixed).toEqual({ salesType: "Campaign", salesCode: "CP7" });
    expect(campaignPriceSchema("CP1")).not.toBe(campaignPriceSchema("CP2"));
  });
});

describe("Excel names", () => {
  test.each([
    ["CP0003", "Prices_CP0003"],
    ["KAMPAGNE_ÆØÅ", "Prices_KAMPAGNE_ÆØÅ"],
    ["2026", "Prices_2026"],
  ])("a table name keeps letters, digits and underscores as they are: %s", (no, name) => {
    expect(excelTableName("Prices", no)).toBe(name);
  });

  test.each([
    ["CP-0003", "Prices_CP_0003_"],
    ["CP 3", "Prices_CP_3_"],
    ["CP.3", "Prices_CP_3_"],
    ["CP/3", "Prices_CP_3_"],
    ["A+B", "Prices_A_B_"],
    ["50%", "Prices_50__"],
  ])("%s: other characters become _, then a hash of the no.", (no, prefix) => {
    const name = excelTableName("Prices", no);
    expect(name).toMatch(EXCEL_TABLE_NAME);
    expect(name.slice(0, prefix.length)).toBe(prefix);
    expect(name.slice(prefix.length)).toMatch(/^[0-9a-f]{6}$/);
  });

  test("campaigns whose nos. differ only in replaced characters get different tables and sheets", () => {
    expect(excelTableName("Prices", "CP-1")).not.toBe(excelTableName("Prices", "CP_1"));
    expect(excelTableName("Prices", "CP-1")).not.toBe(excelTableName("Prices", "CP.1"));
    expect(excelSheetName("Prices", "CP/1")).not.toBe(excelSheetName("Prices", "CP:1"));
    expect(excelSheetName("Prices", "CP/1")).not.toBe(excelSheetName("Prices", "CP_1"));
  });

  test.each(["CP0003", "CP-3", "CP 3", "KAMPAGNE.2026"])("a sheet name keeps what Excel allows: %s", (no) => {
    expect(excelSheetName("Discounts", no)).toBe(`Discounts ${no}`);
  });

  test.each(["CP[1]", "A:B", "X*Y?", "CP/2026\\1"])("sheet name without []:*?/\\ (%s)", (no) => {
    const name = excelSheetName("Priser", no);
    expect(name).not.toMatch(SHEET_FORBIDDEN);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toMatch(/^Priser .+ [0-9a-f]{6}$/);
  });

  test("a sheet name is at most 31 characters; a long no. is cut and tagged", () => {
    const longNo = "CAMPAIGN-2026-SPRING-NORTH-REGION";
    const name = excelSheetName("Discounts", longNo);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.startsWith("Discounts CAMPAIGN-2026")).toBe(true);
    expect(name).not.toBe(excelSheetName("Discounts", `${longNo}-2`));
    // 10 + 20 characters fit as they are.
    expect(excelSheetName("Discounts", "CP000000000000000001")).toBe("Discounts CP000000000000000001");
  });

  test("a sheet name never ends in an apostrophe", () => {
    expect(excelSheetName("Prices", "CP'")).not.toMatch(/'$/);
  });
});
