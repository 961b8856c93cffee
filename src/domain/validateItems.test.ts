import type { PricingRefs } from "./pricingRefs";
import type { Issue, Item, ItemUnitOfMeasure, ItemVariant } from "./records";
import { validateItems, validateItemUnits, validateItemVariants } from "./validateItems";

const refs: Pick<PricingRefs, "items" | "itemUnits" | "itemDiscGroups"> = {
  itemDiscGroups: new Set(["FURN"]),
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
    [
      "2000",
      new Map([
        ["PCS", 1],
        ["PALLET", 100],
        ["KG", 2],
      ]),
    ],
  ]),
};

const anItem = (overrides: Partial<Item> = {}): Item => ({
  no: "1000",
  description: "Chair",
  baseUnitOfMeasure: "PCS",
  salesUnitOfMeasure: "BOX",
  unitPrice: 25,
  itemDiscGroup: "FURN",
  priceIncludesVat: false,
  ...overrides,
});
const aUnit = (overrides: Partial<ItemUnitOfMeasure> = {}): ItemUnitOfMeasure => ({
  itemNo: "1000",
  code: "BOX",
  qtyPerUnitOfMeasure: 12,
  ...overrides,
});
const aVariant = (overrides: Partial<ItemVariant> = {}): ItemVariant => ({
  itemNo: "1000",
  code: "RED",
  description: "Red",
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);

describe("[§1] items", () => {
  test("well-formed items have no issues; group and units may be blank; unit price 0 is fine", () => {
    const rows = [
      anItem(),
      anItem({ no: "2000", salesUnitOfMeasure: "pallet", itemDiscGroup: "" }),
      anItem({ no: "3000", baseUnitOfMeasure: "", salesUnitOfMeasure: "", unitPrice: 0 }),
    ];
    expect(validateItems(rows, refs, "en")).toEqual([]);
  });

  test("KEY_REQUIRED, CODE_TOO_LONG (no. over Code20) and TEXT_TOO_LONG (description over 100)", () => {
    const rows = [
      anItem({ no: "", baseUnitOfMeasure: "", salesUnitOfMeasure: "" }),
      anItem({ no: "9".repeat(21), baseUnitOfMeasure: "", salesUnitOfMeasure: "" }),
      anItem({ description: "d".repeat(101) }),
    ];
    expect(brief(validateItems(rows, refs, "en"))).toEqual([
      [0, "no", "KEY_REQUIRED"],
      [1, "no", "CODE_TOO_LONG"],
      [2, "description", "TEXT_TOO_LONG"],
    ]);
  });

  test("NEGATIVE_AMOUNT: unit price -0.01 is refused", () => {
    const [issue] = validateItems([anItem({ unitPrice: -0.01 })], refs, "en");
    expect(issue).toMatchObject({ field: "unitPrice", code: "NEGATIVE_AMOUNT", params: { value: -0.01 } });
  });

  test("UNKNOWN_ITEM_DISC_GROUP: an item discount group that does not exist", () => {
    const [issue] = validateItems([anItem({ itemDiscGroup: "TOYS" })], refs, "en");
    expect(issue).toMatchObject({ field: "itemDiscGroup", code: "UNKNOWN_ITEM_DISC_GROUP", params: { code: "TOYS" } });
  });

  test("UNKNOWN_ITEM_UNIT: base and sales unit must be units of THIS item (a warning: units are stored after their item)", () => {
    const issues = validateItems([anItem({ baseUnitOfMeasure: "KG", salesUnitOfMeasure: "PALLET" })], refs, "en");
    expect(brief(issues)).toEqual([
      [0, "baseUnitOfMeasure", "UNKNOWN_ITEM_UNIT"],
      [0, "salesUnitOfMeasure", "UNKNOWN_ITEM_UNIT"],
    ]);
    expect(issues[1]?.params).toEqual({ item: "1000", code: "PALLET" });
    expect(issues.map((i) => i.severity)).toEqual(["warning", "warning"]);
  });

  test("BASE_UNIT_QTY_NOT_ONE: the base unit's quantity per unit must be 1", () => {
    const [issue] = validateItems([anItem({ baseUnitOfMeasure: "BOX" })], refs, "en");
    expect(issue).toMatchObject({
      field: "baseUnitOfMeasure",
      code: "BASE_UNIT_QTY_NOT_ONE",
      params: { item: "1000", code: "BOX", qty: 12 },
    });
  });

  test("DUPLICATE_KEY marks both items", () => {
    const issues = validateItems([anItem(), anItem({ no: " 1000" })], refs, "en");
    expect(brief(issues)).toEqual([
      [0, "no", "DUPLICATE_KEY"],
      [1, "no", "DUPLICATE_KEY"],
    ]);
  });
});

describe("[§1] item units of measure", () => {
  test("well-formed units have no issues; the same code on two items is fine", () => {
    const rows = [aUnit(), aUnit({ code: "PCS", qtyPerUnitOfMeasure: 1 }), aUnit({ itemNo: "2000", code: "box" })];
    expect(validateItemUnits(rows, refs, "en")).toEqual([]);
  });

  test("KEY_REQUIRED for item no. and code; CODE_TOO_LONG for a code over Code10", () => {
    const rows = [aUnit({ itemNo: "" }), aUnit({ code: " " }), aUnit({ code: "U".repeat(11) })];
    expect(brief(validateItemUnits(rows, refs, "en"))).toEqual([
      [0, "itemNo", "KEY_REQUIRED"],
      [1, "code", "KEY_REQUIRED"],
      [2, "code", "CODE_TOO_LONG"],
    ]);
  });

  test("CODE_TOO_LONG: an item no. over Code20 is reported once, not also as unknown", () => {
    expect(brief(validateItemUnits([aUnit({ itemNo: "9".repeat(21) })], refs, "en"))).toEqual([
      [0, "itemNo", "CODE_TOO_LONG"],
    ]);
  });

  test("UNKNOWN_ITEM: the unit's item must exist", () => {
    const [issue] = validateItemUnits([aUnit({ itemNo: "9999" })], refs, "en");
    expect(issue).toMatchObject({ field: "itemNo", code: "UNKNOWN_ITEM", params: { code: "9999" } });
  });

  test.each([0, -1])("QTY_PER_UNIT_NOT_POSITIVE: %p is refused", (qty) => {
    expect(brief(validateItemUnits([aUnit({ qtyPerUnitOfMeasure: qty })], refs, "en"))).toEqual([
      [0, "qtyPerUnitOfMeasure", "QTY_PER_UNIT_NOT_POSITIVE"],
    ]);
  });

  test("INVALID_NUMBER: a quantity that is not a finite number", () => {
    expect(brief(validateItemUnits([aUnit({ qtyPerUnitOfMeasure: Number.NaN })], refs, "en"))).toEqual([
      [0, "qtyPerUnitOfMeasure", "INVALID_NUMBER"],
    ]);
  });

  test("BASE_UNIT_QTY_NOT_ONE: the item's base unit must have quantity 1", () => {
    const [issue] = validateItemUnits([aUnit({ code: "pcs", qtyPerUnitOfMeasure: 6 })], refs, "en");
    expect(issue).toMatchObject({
      field: "qtyPerUnitOfMeasure",
      code: "BASE_UNIT_QTY_NOT_ONE",
      params: { item: "1000", code: "PCS", qty: 6 },
    });
  });

  test("DUPLICATE_KEY: (itemNo, code) repeated marks both rows, key shown as item / code", () => {
    const issues = validateItemUnits([aUnit(), aUnit({ itemNo: "2000" }), aUnit({ code: "box" })], refs, "en");
    expect(issues.map((i) => [i.row, i.field, i.code, i.params["key"], i.params["otherRow"]])).toEqual([
      [0, "code", "DUPLICATE_KEY", "1000 / BOX", 2],
      [2, "code", "DUPLICATE_KEY", "1000 / BOX", 0],
    ]);
    expect(issues[0]?.message).toContain("1000 / BOX");
  });
});

describe("[§1] item variants", () => {
  test("well-formed variants have no issues", () => {
    expect(validateItemVariants([aVariant(), aVariant({ code: "BLUE", description: "" })], refs, "en")).toEqual([]);
  });

  test("UNKNOWN_ITEM, KEY_REQUIRED, CODE_TOO_LONG and TEXT_TOO_LONG", () => {
    const rows = [
      aVariant({ itemNo: "9999" }),
      aVariant({ code: "" }),
      aVariant({ code: "V".repeat(11) }),
      aVariant({ code: "GREEN", description: "d".repeat(101) }),
    ];
    expect(brief(validateItemVariants(rows, refs, "en"))).toEqual([
      [0, "itemNo", "UNKNOWN_ITEM"],
      [1, "code", "KEY_REQUIRED"],
      [2, "code", "CODE_TOO_LONG"],
      [3, "description", "TEXT_TOO_LONG"],
    ]);
  });

  test("DUPLICATE_KEY: the same variant code twice on one item marks both", () => {
    const issues = validateItemVariants(
      [aVariant(), aVariant({ itemNo: "2000" }), aVariant({ code: "red" })],
      refs,
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "code", "DUPLICATE_KEY"],
      [2, "code", "DUPLICATE_KEY"],
    ]);
  });
});
