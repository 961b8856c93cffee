import type { Issue, SalesLineDiscount } from "./records";
import { validateSalesLineDiscounts, type SalesLineDiscountRefs } from "./validateSalesLineDiscounts";

const refs: SalesLineDiscountRefs = {
  items: new Map([
    ["1000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" }],
    ["2000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "" }],
  ]),
  itemDiscGroups: new Set(["FURN"]),
  itemUnits: new Map([
    ["1000", new Map([["BOX", 12]])],
    ["2000", new Map([["PALLET", 100]])],
  ]),
  itemVariants: new Map([
    ["1000", new Set(["RED"])],
    ["2000", new Set(["BLUE"])],
  ]),
  customers: new Set(["C10000"]),
  customerDiscGroups: new Set(["LARGE"]),
  currencies: new Set(["EUR"]),
  campaigns: new Map([["CP0001", { startingDate: "2026-04-01", endingDate: "2026-04-30" }]]),
};

let counter = 0;
function aDiscount(overrides: Partial<SalesLineDiscount> = {}): SalesLineDiscount {
  counter += 1;
  return {
    id: `r${counter}`,
    type: "Item",
    code: "1000",
    salesType: "AllCustomers",
    salesCode: "",
    currencyCode: "",
    startingDate: "",
    endingDate: "",
    lineDiscountPct: 10,
    minimumQuantity: counter, // distinct by default, so rows are not duplicates unless a test makes them so
    unitOfMeasureCode: "",
    variantCode: "",
    ...overrides,
  };
}
const groupDiscount = (overrides: Partial<SalesLineDiscount> = {}) =>
  aDiscount({ type: "ItemDiscGroup", code: "FURN", ...overrides });
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);
const check = (rows: SalesLineDiscount[], lang: "en" | "da" = "en") => validateSalesLineDiscounts(rows, refs, lang);

test("a well-formed batch of both types and every sales type has no issues", () => {
  const rows = [
    aDiscount({ unitOfMeasureCode: "BOX", variantCode: "red", currencyCode: "EUR" }),
    aDiscount({ salesType: "Customer", salesCode: "C10000", startingDate: "2026-01-01", endingDate: "2026-01-31" }),
    groupDiscount({ salesType: "CustomerDiscGroup", salesCode: "large" }),
    groupDiscount({ salesType: "Campaign", salesCode: "CP0001", startingDate: "2026-04-01" }),
  ];
  expect(check(rows)).toEqual([]);
});

describe("[§2] type and code", () => {
  test("INVALID_LINE_DISCOUNT_TYPE: a type other than Item or ItemDiscGroup", () => {
    const [issue] = check([aDiscount({ type: "Vendor" as SalesLineDiscount["type"] })]);
    expect(issue).toMatchObject({ field: "type", code: "INVALID_LINE_DISCOUNT_TYPE", params: { value: "Vendor" } });
    expect(issue?.message).toContain("ItemDiscGroup");
  });

  test("KEY_REQUIRED: a blank code", () => {
    expect(brief(check([aDiscount({ code: "" })]))).toEqual([[0, "code", "KEY_REQUIRED"]]);
  });

  test("UNKNOWN_ITEM: type Item looks the code up among items", () => {
    expect(check([aDiscount({ code: "FURN" })])).toMatchObject([{ field: "code", code: "UNKNOWN_ITEM" }]);
  });

  test("UNKNOWN_ITEM_DISC_GROUP: type ItemDiscGroup looks the code up among item discount groups", () => {
    expect(check([groupDiscount({ code: "1000" })])).toMatchObject([
      { field: "code", code: "UNKNOWN_ITEM_DISC_GROUP", params: { code: "1000" } },
    ]);
  });
});

describe("[§3] sales type and sales code", () => {
  test("INVALID_SALES_TYPE: CustomerPriceGroup belongs to prices, not discounts", () => {
    const rows = [aDiscount({ salesType: "CustomerPriceGroup" as SalesLineDiscount["salesType"], salesCode: "X" })];
    expect(brief(check(rows))).toEqual([[0, "salesType", "INVALID_SALES_TYPE"]]);
  });

  test("SALES_CODE_MUST_BE_BLANK and SALES_CODE_REQUIRED", () => {
    const rows = [aDiscount({ salesCode: "C10000" }), aDiscount({ salesType: "CustomerDiscGroup", salesCode: "" })];
    expect(brief(check(rows))).toEqual([
      [0, "salesCode", "SALES_CODE_MUST_BE_BLANK"],
      [1, "salesCode", "SALES_CODE_REQUIRED"],
    ]);
  });

  test.each([
    ["Customer", "UNKNOWN_CUSTOMER"],
    ["CustomerDiscGroup", "UNKNOWN_CUSTOMER_DISC_GROUP"],
    ["Campaign", "UNKNOWN_CAMPAIGN"],
  ] as const)("%s: a sales code that does not exist is %s", (salesType, code) => {
    expect(check([aDiscount({ salesType, salesCode: "NOPE" })])).toMatchObject([{ field: "salesCode", code }]);
  });
});

describe("[§2] line discount % is 0..100", () => {
  test.each([0, 100, 12.5])("%p is accepted", (lineDiscountPct) => {
    expect(check([aDiscount({ lineDiscountPct })])).toEqual([]);
  });

  test.each([-0.01, 100.01])("DISCOUNT_OUT_OF_RANGE: %p is refused", (lineDiscountPct) => {
    const issues = check([aDiscount({ lineDiscountPct })]);
    expect(issues).toMatchObject([
      { field: "lineDiscountPct", code: "DISCOUNT_OUT_OF_RANGE", params: { value: lineDiscountPct } },
    ]);
  });

  test("INVALID_NUMBER: NaN is not a percentage", () => {
    expect(brief(check([aDiscount({ lineDiscountPct: Number.NaN })]))).toEqual([
      [0, "lineDiscountPct", "INVALID_NUMBER"],
    ]);
  });

  test("NEGATIVE_QUANTITY: minimum quantity below 0", () => {
    expect(brief(check([aDiscount({ minimumQuantity: -1 })]))).toEqual([[0, "minimumQuantity", "NEGATIVE_QUANTITY"]]);
  });
});

describe("[§3] unit and variant", () => {
  test("UNKNOWN_ITEM_UNIT and UNKNOWN_ITEM_VARIANT: those of another item are refused", () => {
    const issues = check([aDiscount({ unitOfMeasureCode: "PALLET", variantCode: "BLUE" })]);
    expect(issues.map((i) => [i.field, i.code, i.params["item"], i.params["code"]])).toEqual([
      ["unitOfMeasureCode", "UNKNOWN_ITEM_UNIT", "1000", "PALLET"],
      ["variantCode", "UNKNOWN_ITEM_VARIANT", "1000", "BLUE"],
    ]);
  });

  test("NOT_ALLOWED_FOR_DISC_GROUP: an item discount group line refuses a unit and a variant", () => {
    const issues = check([groupDiscount({ unitOfMeasureCode: "BOX", variantCode: "RED" })]);
    expect(brief(issues)).toEqual([
      [0, "unitOfMeasureCode", "NOT_ALLOWED_FOR_DISC_GROUP"],
      [0, "variantCode", "NOT_ALLOWED_FOR_DISC_GROUP"],
    ]);
    expect(issues[0]?.params).toMatchObject({ field: "unitOfMeasureCode", value: "BOX" });
    expect(issues[0]?.message).toContain("Unit of measure code");
  });
});

describe("[§3] campaign lines take their dates from the campaign", () => {
  const campaign = { salesType: "Campaign", salesCode: "CP0001" } as const;

  test("blank and equal dates are fine", () => {
    const rows = [
      aDiscount(campaign),
      aDiscount({ ...campaign, startingDate: "2026-04-01", endingDate: "2026-04-30" }),
    ];
    expect(check(rows)).toEqual([]);
  });

  test("CAMPAIGN_DATES_FROM_CARD: a different date is refused, naming the campaign", () => {
    const issues = check([aDiscount({ ...campaign, startingDate: "2026-03-01", endingDate: "2026-04-30" })]);
    expect(brief(issues)).toEqual([[0, "startingDate", "CAMPAIGN_DATES_FROM_CARD"]]);
    expect(issues[0]?.message).toContain("CP0001");
  });
});

describe("[§2] the BC primary key is unique in the batch", () => {
  test("DUPLICATE_DISCOUNT_LINE marks every row of the group", () => {
    const same = { minimumQuantity: 0, salesType: "Customer", salesCode: "C10000" } as const;
    const issues = check([aDiscount(same), aDiscount(same), aDiscount(), aDiscount({ ...same, code: " 1000 " })]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.params["otherRow"]])).toEqual([
      [0, "code", "DUPLICATE_DISCOUNT_LINE", 1],
      [1, "code", "DUPLICATE_DISCOUNT_LINE", 0],
      [3, "code", "DUPLICATE_DISCOUNT_LINE", 0],
    ]);
    expect(issues[0]?.params["key"]).toBe("Item / 1000 / Customer / C10000 / 0");
  });

  test("the same code as item and as item discount group are different keys", () => {
    const both = {
      items: new Map([["X1", { baseUnitOfMeasure: "", salesUnitOfMeasure: "" }]]),
      itemDiscGroups: new Set(["X1"]),
    };
    const rows = [aDiscount({ code: "X1", minimumQuantity: 0 }), groupDiscount({ code: "X1", minimumQuantity: 0 })];
    expect(validateSalesLineDiscounts(rows, { ...refs, ...both }, "en")).toEqual([]);
  });
});
