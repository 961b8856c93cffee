import { redateCampaignRows, withCampaignDates, withDefaultUnit } from "./priceLineDerivations";
import type { SalesLineDiscount, SalesPrice } from "./records";

const refs = {
  items: new Map([
    ["1000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" }],
    ["2000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "PALLET" }],
    ["3000", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "" }],
  ]),
  campaigns: new Map([["CP0001", { startingDate: "2026-04-01", endingDate: "2026-04-30" }]]),
};

const aPrice = (overrides: Partial<SalesPrice> = {}): SalesPrice => ({
  id: "r1",
  itemNo: "1000",
  salesType: "Campaign",
  salesCode: "CP0001",
  currencyCode: "",
  startingDate: "",
  endingDate: "",
  unitPrice: 20,
  priceIncludesVat: false,
  allowLineDisc: true,
  allowInvoiceDisc: true,
  minimumQuantity: 0,
  unitOfMeasureCode: "",
  variantCode: "",
  ...overrides,
});
const aDiscount = (overrides: Partial<SalesLineDiscount> = {}): SalesLineDiscount => ({
  id: "d1",
  type: "Item",
  code: "1000",
  salesType: "Campaign",
  salesCode: "CP0001",
  currencyCode: "",
  startingDate: "",
  endingDate: "",
  lineDiscountPct: 5,
  minimumQuantity: 0,
  unitOfMeasureCode: "",
  variantCode: "",
  ...overrides,
});

describe("[§3] withCampaignDates: campaign lines carry the campaign's dates", () => {
  test("a campaign line with blank dates gets the campaign's dates; the input is not changed", () => {
    const row = aPrice({ salesCode: "cp0001" });
    expect(withCampaignDates(row, refs)).toEqual({ ...row, startingDate: "2026-04-01", endingDate: "2026-04-30" });
    expect(row.startingDate).toBe("");
  });

  test("a campaign discount line with stale dates gets the campaign's dates", () => {
    const row = aDiscount({ startingDate: "2026-01-01", endingDate: "2026-01-31" });
    expect(withCampaignDates(row, refs)).toMatchObject({ startingDate: "2026-04-01", endingDate: "2026-04-30" });
  });

  test("other sales types and unknown campaigns are left as they are", () => {
    const customer = aPrice({ salesType: "Customer", salesCode: "CP0001", startingDate: "2026-01-01" });
    const unknown = aPrice({ salesCode: "NOPE" });
    expect(withCampaignDates(customer, refs)).toEqual(customer);
    expect(withCampaignDates(unknown, refs)).toEqual(unknown);
  });
});

describe("[§3] withDefaultUnit: a blank unit becomes the item's sales unit of measure", () => {
  test("a new price line gets the item's sales unit", () => {
    expect(withDefaultUnit(aPrice(), null, refs).unitOfMeasureCode).toBe("BOX");
  });

  test("a line whose item changed gets the new item's sales unit", () => {
    const previous = aPrice({ unitOfMeasureCode: "BOX" });
    expect(withDefaultUnit(aPrice({ itemNo: "2000" }), previous, refs).unitOfMeasureCode).toBe("PALLET");
  });

  test("a line with the same item keeps its blank unit (the user cleared it)", () => {
    const previous = aPrice({ unitOfMeasureCode: "BOX" });
    expect(withDefaultUnit(aPrice({ itemNo: " 1000" }), previous, refs).unitOfMeasureCode).toBe("");
  });

  test("a unit the user set is kept; an item without sales unit or an unknown item gives none", () => {
    expect(withDefaultUnit(aPrice({ unitOfMeasureCode: "PCS" }), null, refs).unitOfMeasureCode).toBe("PCS");
    expect(withDefaultUnit(aPrice({ itemNo: "3000" }), null, refs).unitOfMeasureCode).toBe("");
    expect(withDefaultUnit(aPrice({ itemNo: "9999" }), null, refs).unitOfMeasureCode).toBe("");
  });

  test("a discount line of type Item gets the unit; an item discount group line never does", () => {
    expect(withDefaultUnit(aDiscount(), null, refs).unitOfMeasureCode).toBe("BOX");
    expect(withDefaultUnit(aDiscount({ type: "ItemDiscGroup", code: "1000" }), null, refs).unitOfMeasureCode).toBe("");
  });

  test("a discount line switched from item discount group to item counts as a changed item", () => {
    const previous = aDiscount({ type: "ItemDiscGroup", code: "1000" });
    expect(withDefaultUnit(aDiscount(), previous, refs).unitOfMeasureCode).toBe("BOX");
  });

  test("the input row is not changed", () => {
    const row = aPrice();
    withDefaultUnit(row, null, refs);
    expect(row.unitOfMeasureCode).toBe("");
  });
});

describe("[§3, bc-reference §1.4] redateCampaignRows: a campaign's new dates reach its lines", () => {
  test("returns only that campaign's lines whose dates differ, with the new dates", () => {
    const rows = [
      aPrice({ id: "a", startingDate: "2026-04-01", endingDate: "2026-04-30" }),
      aPrice({ id: "b", salesCode: "cp0001 " }),
      aPrice({ id: "c", salesCode: "CP0002" }),
      aPrice({ id: "d", salesType: "Customer", salesCode: "CP0001" }),
      aPrice({ id: "e", startingDate: "2026-05-01", endingDate: "2026-05-31" }),
    ];
    const changed = redateCampaignRows(rows, "CP0001", "2026-05-01", "2026-05-31");
    expect(changed.map((r) => [r.id, r.startingDate, r.endingDate])).toEqual([
      ["a", "2026-05-01", "2026-05-31"],
      ["b", "2026-05-01", "2026-05-31"],
    ]);
    expect(rows[0]?.startingDate).toBe("2026-04-01");
  });

  test("works for discount lines and for clearing dates", () => {
    const rows = [aDiscount({ startingDate: "2026-04-01", endingDate: "2026-04-30" })];
    expect(redateCampaignRows(rows, "CP0001", "", "")).toEqual([{ ...rows[0], startingDate: "", endingDate: "" }]);
  });
});
