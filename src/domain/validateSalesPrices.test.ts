import type { Issue, SalesPrice } from "./records";
import { validateSalesPrices, type SalesPriceRefs } from "./validateSalesPrices";

const refs: SalesPriceRefs = {
  items: new Map([
    ["1000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" }],
    ["2000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "" }],
  ]),
  itemUnits: new Map([
    [
      "1000",
      new Map([
        ["PCS", 1],
        ["BOX", 12],
      ]),
    ],
    ["2000", new Map([["PALLET", 100]])],
  ]),
  itemVariants: new Map([
    ["1000", new Set(["RED"])],
    ["2000", new Set(["BLUE"])],
  ]),
  customers: new Set(["C10000"]),
  customerPriceGroups: new Set(["RETAIL"]),
  currencies: new Set(["EUR"]),
  campaigns: new Map([
    ["CP0001", { startingDate: "2026-04-01", endingDate: "2026-04-30" }],
    ["CP0002", { startingDate: "", endingDate: "" }],
  ]),
};

let counter = 0;
function aPrice(overrides: Partial<SalesPrice> = {}): SalesPrice {
  counter += 1;
  return {
    id: `r${counter}`,
    itemNo: "1000",
    salesType: "AllCustomers",
    salesCode: "",
    currencyCode: "",
    startingDate: "",
    endingDate: "",
    unitPrice: 20,
    priceIncludesVat: false,
    allowLineDisc: true,
    allowInvoiceDisc: true,
    minimumQuantity: counter, // distinct by default, so rows are not duplicates unless a test makes them so
    unitOfMeasureCode: "",
    variantCode: "",
    ...overrides,
  };
}
const campaignPrice = (overrides: Partial<SalesPrice> = {}) =>
  aPrice({ salesType: "Campaign", salesCode: "CP0001", ...overrides });
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);
const check = (rows: SalesPrice[], lang: "en" | "da" = "en") => validateSalesPrices(rows, refs, lang);

test("a well-formed batch of every sales type has no issues", () => {
  const rows = [
    aPrice({ unitOfMeasureCode: "box", variantCode: "RED", currencyCode: "EUR" }),
    aPrice({ salesType: "Customer", salesCode: "c10000", startingDate: "2026-01-01", endingDate: "2026-12-31" }),
    aPrice({ salesType: "CustomerPriceGroup", salesCode: "RETAIL", unitPrice: 0, minimumQuantity: 0 }),
    campaignPrice(),
    aPrice({ itemNo: "2000", unitOfMeasureCode: "PALLET", variantCode: "BLUE" }),
  ];
  expect(check(rows)).toEqual([]);
});

describe("[§2] item no. required and resolving", () => {
  test("KEY_REQUIRED: a blank item no.", () => {
    expect(brief(check([aPrice({ itemNo: " " })]))).toEqual([[0, "itemNo", "KEY_REQUIRED"]]);
  });

  test("UNKNOWN_ITEM: an item that does not exist; its unit and variant are then not judged", () => {
    const issues = check([aPrice({ itemNo: "9999", unitOfMeasureCode: "BOX", variantCode: "RED" })]);
    expect(issues).toMatchObject([{ field: "itemNo", code: "UNKNOWN_ITEM", params: { code: "9999" } }]);
  });

  test("CODE_TOO_LONG: an item no. over Code20 is reported once, not also as unknown", () => {
    expect(brief(check([aPrice({ itemNo: "9".repeat(21) })]))).toEqual([[0, "itemNo", "CODE_TOO_LONG"]]);
  });
});

describe("[§3] sales type and sales code", () => {
  test("INVALID_SALES_TYPE: a value outside the four sales types names the allowed ones", () => {
    const [issue] = check([aPrice({ salesType: "Everyone" as SalesPrice["salesType"] })]);
    expect(issue).toMatchObject({ field: "salesType", code: "INVALID_SALES_TYPE", params: { value: "Everyone" } });
    expect(issue?.message).toContain("CustomerPriceGroup");
  });

  test("INVALID_SALES_TYPE: CustomerDiscGroup belongs to discounts, not prices", () => {
    const rows = [aPrice({ salesType: "CustomerDiscGroup" as SalesPrice["salesType"], salesCode: "RETAIL" })];
    expect(brief(check(rows))).toEqual([[0, "salesType", "INVALID_SALES_TYPE"]]);
  });

  test("SALES_CODE_MUST_BE_BLANK: all customers with a sales code", () => {
    const [issue] = check([aPrice({ salesCode: "C10000" })]);
    expect(issue).toMatchObject({ field: "salesCode", code: "SALES_CODE_MUST_BE_BLANK", params: { value: "C10000" } });
  });

  test.each(["Customer", "CustomerPriceGroup", "Campaign"] as const)(
    "SALES_CODE_REQUIRED: %s needs a sales code",
    (salesType) => {
      expect(brief(check([aPrice({ salesType, salesCode: "" })]))).toEqual([[0, "salesCode", "SALES_CODE_REQUIRED"]]);
    },
  );

  test.each([
    ["Customer", "UNKNOWN_CUSTOMER"],
    ["CustomerPriceGroup", "UNKNOWN_CUSTOMER_PRICE_GROUP"],
    ["Campaign", "UNKNOWN_CAMPAIGN"],
  ] as const)("%s: a sales code that does not exist is %s", (salesType, code) => {
    const [issue] = check([aPrice({ salesType, salesCode: "NOPE" })]);
    expect(issue).toMatchObject({ field: "salesCode", code, params: { code: "NOPE" } });
  });

  test("a customer no. is not accepted as a price group (each type looks in its own table)", () => {
    expect(brief(check([aPrice({ salesType: "CustomerPriceGroup", salesCode: "C10000" })]))).toEqual([
      [0, "salesCode", "UNKNOWN_CUSTOMER_PRICE_GROUP"],
    ]);
  });
});

describe("[§2] currency, dates and numbers", () => {
  test("UNKNOWN_CURRENCY: a currency that does not exist; blank means local currency", () => {
    expect(check([aPrice({ currencyCode: "" }), aPrice({ currencyCode: "eur" })])).toEqual([]);
    expect(check([aPrice({ currencyCode: "GBP" })])).toMatchObject([
      { field: "currencyCode", code: "UNKNOWN_CURRENCY" },
    ]);
  });

  test("INVALID_DATE: dates must be real calendar dates", () => {
    expect(brief(check([aPrice({ startingDate: "2026-02-29", endingDate: "tomorrow" })]))).toEqual([
      [0, "startingDate", "INVALID_DATE"],
      [0, "endingDate", "INVALID_DATE"],
    ]);
  });

  test("PRICE_DATES_ORDER: starting after ending is an error on endingDate; equal or open-ended is fine", () => {
    const issues = check([aPrice({ startingDate: "2026-05-02", endingDate: "2026-05-01" })]);
    expect(issues).toMatchObject([
      {
        field: "endingDate",
        code: "PRICE_DATES_ORDER",
        params: { startingDate: "2026-05-02", endingDate: "2026-05-01" },
      },
    ]);
    const fine = [
      aPrice({ startingDate: "2026-05-01", endingDate: "2026-05-01" }),
      aPrice({ startingDate: "2026-05-01", endingDate: "" }),
      aPrice({ startingDate: "", endingDate: "2020-01-01" }),
    ];
    expect(check(fine)).toEqual([]);
  });

  test("NEGATIVE_AMOUNT: unit price -0.01 refused, 0 accepted", () => {
    expect(check([aPrice({ unitPrice: 0 })])).toEqual([]);
    expect(brief(check([aPrice({ unitPrice: -0.01 })]))).toEqual([[0, "unitPrice", "NEGATIVE_AMOUNT"]]);
  });

  test("NEGATIVE_QUANTITY: minimum quantity -0.01 refused, 0 accepted", () => {
    expect(check([aPrice({ minimumQuantity: 0 })])).toEqual([]);
    expect(brief(check([aPrice({ minimumQuantity: -0.01 })]))).toEqual([[0, "minimumQuantity", "NEGATIVE_QUANTITY"]]);
  });

  test.each([Number.NaN, Number.NEGATIVE_INFINITY, "12"])("INVALID_NUMBER: %p is not a finite number", (value) => {
    const rows = [aPrice({ unitPrice: value as number, minimumQuantity: value as number })];
    expect(brief(check(rows))).toEqual([
      [0, "minimumQuantity", "INVALID_NUMBER"],
      [0, "unitPrice", "INVALID_NUMBER"],
    ]);
  });
});

describe("[§2] unit of measure and variant of THAT item", () => {
  test("UNKNOWN_ITEM_UNIT: a unit of another item is refused, naming item and unit", () => {
    const [issue] = check([aPrice({ unitOfMeasureCode: "PALLET" })]);
    expect(issue).toMatchObject({
      field: "unitOfMeasureCode",
      code: "UNKNOWN_ITEM_UNIT",
      params: { item: "1000", code: "PALLET" },
    });
    expect(issue?.message).toContain("1000");
    expect(issue?.message).toContain("PALLET");
  });

  test("UNKNOWN_ITEM_VARIANT: a variant of another item is refused", () => {
    expect(check([aPrice({ variantCode: "BLUE" })])).toMatchObject([
      { field: "variantCode", code: "UNKNOWN_ITEM_VARIANT", params: { item: "1000", code: "BLUE" } },
    ]);
  });

  test("an item without any variants refuses every variant code", () => {
    const noVariants = { ...refs, itemVariants: new Map<string, Set<string>>() };
    expect(brief(validateSalesPrices([aPrice({ variantCode: "RED" })], noVariants, "en"))).toEqual([
      [0, "variantCode", "UNKNOWN_ITEM_VARIANT"],
    ]);
  });
});

describe("[§3] campaign lines take their dates from the campaign", () => {
  test("blank dates are fine (they mean: take the campaign's)", () => {
    expect(check([campaignPrice({ startingDate: "", endingDate: "" })])).toEqual([]);
  });

  test("dates equal to the campaign's are fine", () => {
    expect(check([campaignPrice({ startingDate: "2026-04-01", endingDate: "2026-04-30" })])).toEqual([]);
  });

  test("CAMPAIGN_DATES_FROM_CARD: a different date is an error on that field, naming the campaign", () => {
    const issues = check([campaignPrice({ startingDate: "2026-04-02" }), campaignPrice({ endingDate: "2026-05-31" })]);
    expect(brief(issues)).toEqual([
      [0, "startingDate", "CAMPAIGN_DATES_FROM_CARD"],
      [1, "endingDate", "CAMPAIGN_DATES_FROM_CARD"],
    ]);
    expect(issues[0]?.params).toMatchObject({ campaign: "CP0001", value: "2026-04-02", campaignDate: "2026-04-01" });
    expect(issues[0]?.message).toContain("CP0001");
    expect(issues[0]?.message).toContain("Campaigns tab");
  });

  test("CAMPAIGN_DATES_FROM_CARD in Danish names the campaign card", () => {
    const [issue] = check([campaignPrice({ endingDate: "2026-05-31" })], "da");
    expect(issue?.message).toContain("kampagne CP0001");
    expect(issue?.message).toContain("kampagnekortet");
  });

  test("a campaign without dates refuses any date on its lines", () => {
    expect(brief(check([campaignPrice({ salesCode: "CP0002", startingDate: "2026-04-01" })]))).toEqual([
      [0, "startingDate", "CAMPAIGN_DATES_FROM_CARD"],
    ]);
  });
});

describe("[§2] the BC primary key is unique in the batch", () => {
  const same = { itemNo: "1000", salesType: "Customer", salesCode: "C10000", minimumQuantity: 5 } as const;

  test("DUPLICATE_PRICE_LINE marks both rows, each naming the other, with the key", () => {
    const issues = check([aPrice(same), aPrice(), aPrice({ ...same, itemNo: " 1000", salesCode: "c10000" })]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.params["otherRow"]])).toEqual([
      [0, "itemNo", "DUPLICATE_PRICE_LINE", 2],
      [2, "itemNo", "DUPLICATE_PRICE_LINE", 0],
    ]);
    expect(issues[0]?.params["key"]).toBe("1000 / Customer / C10000 / 5");
  });

  test.each([
    ["startingDate", { startingDate: "2026-01-01" }],
    ["currencyCode", { currencyCode: "EUR" }],
    ["variantCode", { variantCode: "RED" }],
    ["unitOfMeasureCode", { unitOfMeasureCode: "BOX" }],
    ["minimumQuantity", { minimumQuantity: 6 }],
  ])("rows differing only in %s are not duplicates", (_field, change) => {
    expect(check([aPrice(same), aPrice({ ...same, ...change })])).toEqual([]);
  });

  test("ending date and price are not part of the key", () => {
    const issues = check([aPrice(same), aPrice({ ...same, endingDate: "2026-12-31", unitPrice: 99 })]);
    expect(issues.map((i) => i.code)).toEqual(["DUPLICATE_PRICE_LINE", "DUPLICATE_PRICE_LINE"]);
  });

  test("campaign lines are keyed by the campaign's starting date: blank and equal dates collide", () => {
    const rows = [
      campaignPrice({ minimumQuantity: 1 }),
      campaignPrice({ minimumQuantity: 1, startingDate: "2026-04-01" }),
    ];
    expect(brief(check(rows))).toEqual([
      [0, "itemNo", "DUPLICATE_PRICE_LINE"],
      [1, "itemNo", "DUPLICATE_PRICE_LINE"],
    ]);
    expect(check(rows)[0]?.params["key"]).toContain("2026-04-01");
  });

  test("a row with an error in a key field takes no part", () => {
    const issues = check([aPrice(same), aPrice({ ...same, unitOfMeasureCode: "PALLET" })]);
    expect(brief(issues)).toEqual([[1, "unitOfMeasureCode", "UNKNOWN_ITEM_UNIT"]]);
  });
});

test("issues come back ordered by row, and stray non-string values do not throw", () => {
  const odd = { ...aPrice(), salesCode: null as unknown as string, variantCode: 7 as unknown as string };
  const issues = check([aPrice({ itemNo: "9999" }), odd, aPrice({ salesType: "Customer" })]);
  expect(issues.map((i) => [i.row, i.code])).toEqual([
    [0, "UNKNOWN_ITEM"],
    [1, "UNKNOWN_ITEM_VARIANT"],
    [2, "SALES_CODE_REQUIRED"],
  ]);
});
