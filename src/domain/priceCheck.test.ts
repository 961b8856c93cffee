import { MAX_EXCLUDED } from "./priceCheck";
import { campaignPrice, check, discount, line, order, price } from "../../test/fixtures/priceCheckFixtures";
import type { CampaignTargetGroup } from "./records";

const CP1_FOR_10000: CampaignTargetGroup[] = [{ type: "Customer", no: "10000", campaignNo: "CP1" }];

describe("[§5] best price: specificity beats amount", () => {
  test("a line with the document currency beats a cheaper line without currency", () => {
    const lcy = price({ id: "lcy", unitPrice: 30 }); // 4 EUR per BOX, cheaper
    const eur = price({ id: "eur", currencyCode: "EUR", unitPrice: 20 });
    const result = check(line({ currencyCode: "EUR" }), [lcy, eur]);
    expect(result.price.winner?.rowId).toBe("eur");
    expect(result.unitPrice).toBe(20);
    expect(result.price.candidates[1]?.lostBecause).toEqual({
      code: "LOST_LESS_SPECIFIC",
      params: { field: "currencyCode", value: "EUR" },
    });
  });

  test("a line with the line's variant beats a cheaper line without variant; other variants are excluded", () => {
    const plain = price({ id: "plain", unitPrice: 10 });
    const v1 = price({ id: "v1", variantCode: "V1", unitPrice: 50 });
    const v2 = price({ id: "v2", variantCode: "V2", unitPrice: 1 });
    const result = check(line({ variantCode: "V1" }), [plain, v1, v2]);
    expect(order(result)).toEqual(["v1", "plain"]);
    expect(result.price.candidates[1]?.lostBecause).toMatchObject({ params: { field: "variantCode", value: "V1" } });
    expect(result.excluded).toEqual([expect.objectContaining({ rowId: "v2", reason: "OTHER_VARIANT" })]);
  });

  test("among equally specific lines the lowest amount wins, whatever the row order", () => {
    const rows = [
      price({ id: "a", unitPrice: 40 }),
      price({ id: "b", unitPrice: 35 }),
      price({ id: "c", unitPrice: 38 }),
    ];
    for (const input of [rows, [...rows].reverse()]) {
      const result = check(line(), input);
      expect(order(result)).toEqual(["b", "c", "a"]);
      expect(result.price.candidates[2]?.lostBecause).toEqual({
        code: "LOST_HIGHER_AMOUNT",
        params: { amount: 40, winnerAmount: 35 },
      });
    }
  });

  test("a 0 price is a real price and wins, whatever the row order (deviation from BC)", () => {
    const rows = [price({ id: "ten", unitPrice: 10 }), campaignPrice({ id: "free", unitPrice: 0 })];
    for (const input of [rows, [...rows].reverse()]) {
      const result = check(line(), input, [], CP1_FOR_10000);
      expect(result.price.winner?.rowId).toBe("free");
      expect(result.unitPrice).toBe(0);
      expect(result.lineAmount).toBe(0);
    }
  });
});

describe("[§5] ties go to the later starting date, then the campaign", () => {
  test("same amount: the later starting date wins", () => {
    const early = price({ id: "early", startingDate: "2026-01-01" });
    const late = price({ id: "late", startingDate: "2026-03-01" });
    const result = check(line(), [early, late]);
    expect(order(result)).toEqual(["late", "early"]);
    expect(result.price.candidates[1]?.lostBecause).toEqual({
      code: "LOST_EARLIER_START",
      params: { startingDate: "2026-01-01", winnerStartingDate: "2026-03-01" },
    });
  });

  test("same amount: a line without starting date loses to a dated one", () => {
    const result = check(line(), [price({ id: "open", startingDate: "" }), price({ id: "dated" })]);
    expect(order(result)).toEqual(["dated", "open"]);
    expect(result.price.candidates[1]?.lostBecause?.code).toBe("LOST_NO_START");
  });

  test("same amount and start: the campaign line wins the tie", () => {
    const all = price({ id: "all", startingDate: "2026-04-01" });
    const camp = campaignPrice({ id: "camp" });
    const result = check(line(), [all, camp], [], CP1_FOR_10000);
    expect(order(result)).toEqual(["camp", "all"]);
    expect(result.price.candidates[1]?.lostBecause).toEqual({ code: "LOST_TIE_CAMPAIGN", params: { campaign: "CP1" } });
    expect(result.priceSource).toEqual({ kind: "campaign", code: "CP1" });
  });

  test("identical lines: the first row id wins, so the answer is stable", () => {
    const result = check(line(), [price({ id: "z" }), price({ id: "m" })]);
    expect(order(result)).toEqual(["m", "z"]);
    expect(result.price.candidates[1]?.lostBecause).toEqual({ code: "LOST_TIE_ORDER", params: { winnerRowId: "m" } });
  });
});

describe("[§5] minimum quantity and units", () => {
  test("a line without unit compares its minimum quantity in base units (qty × qty per unit)", () => {
    const perPcs = price({ id: "pcs", unitOfMeasureCode: "", unitPrice: 3, minimumQuantity: 20 });
    expect(check(line({ quantity: 2 }), [perPcs]).price.winner?.rowId).toBe("pcs"); // 2 BOX = 20 PCS
    const below = check(line({ quantity: 1 }), [perPcs]);
    expect(below.price.winner).toBeNull();
    expect(below.excluded).toEqual([
      expect.objectContaining({ rowId: "pcs", reason: "MIN_QTY", params: { minimumQuantity: 20, quantity: 10 } }),
    ]);
  });

  test("a line with a unit compares its minimum quantity in that unit", () => {
    const perBox = price({ id: "box", minimumQuantity: 2 });
    expect(check(line({ quantity: 2 }), [perBox]).price.winner?.rowId).toBe("box");
    expect(check(line({ quantity: 1 }), [perBox]).excluded[0]?.reason).toBe("MIN_QTY");
  });

  test("a line without unit is per base unit: its price is scaled by the line unit's qty per unit", () => {
    const result = check(line(), [price({ unitOfMeasureCode: "", unitPrice: 1.5 })]);
    expect(result.unitPrice).toBe(15);
    expect(result.qtyPerUnitOfMeasure).toBe(10);
  });

  test("a line for another unit is excluded; a blank line unit means the item's sales unit", () => {
    const pcs = price({ id: "pcs", unitOfMeasureCode: "PCS", unitPrice: 1 });
    const result = check(line({ unitOfMeasureCode: "" }), [pcs, price({ id: "box" })]);
    expect(result.unitOfMeasureCode).toBe("BOX");
    expect(result.price.winner?.rowId).toBe("box");
    expect(result.excluded).toEqual([expect.objectContaining({ rowId: "pcs", reason: "OTHER_UNIT" })]);
  });
});

describe("[§5] campaign window: first and last day count, the days around do not", () => {
  test.each([
    ["2026-03-31", false],
    ["2026-04-01", true],
    ["2026-04-30", true],
    ["2026-05-01", false],
  ])("on %s the campaign price applies: %s", (date, applies) => {
    const result = check(line({ date }), [campaignPrice({ id: "camp", unitPrice: 1 })], [], CP1_FOR_10000);
    expect(result.price.winner?.rowId === "camp").toBe(applies);
    if (!applies) expect(result.excluded[0]?.reason).toBe("OUT_OF_DATES");
  });

  test("a campaign line with blank dates takes its campaign's dates", () => {
    const blank = campaignPrice({ id: "camp", startingDate: "", endingDate: "", unitPrice: 1 });
    expect(check(line({ date: "2026-04-30" }), [blank], [], CP1_FOR_10000).price.winner?.rowId).toBe("camp");
    expect(check(line({ date: "2026-05-01" }), [blank], [], CP1_FOR_10000).price.winner).toBeNull();
  });
});

describe("[§5] currency: LCY lines on a foreign-currency check are converted", () => {
  test("an LCY price becomes amount / exchange rate", () => {
    const result = check(line({ currencyCode: "EUR" }), [price({ unitPrice: 75 })]);
    expect(result.unitPrice).toBe(10);
  });

  test("a line for another currency is excluded", () => {
    const result = check(line(), [price({ id: "eur", currencyCode: "EUR" })]);
    expect(result.excluded).toEqual([expect.objectContaining({ rowId: "eur", reason: "OTHER_CURRENCY" })]);
  });

  test("no price line → the item card's price per base unit × qty per unit, converted too", () => {
    const lcy = check(line(), []);
    expect(lcy.unitPrice).toBe(50);
    expect(lcy.price.winner).toBeNull();
    expect(lcy.priceSource).toEqual({ kind: "itemCard", code: "1000" });
    expect(check(line({ currencyCode: "EUR" }), []).unitPrice).toBeCloseTo(50 / 7.5, 5);
  });
});

describe("[§5] line discount and the line amount", () => {
  test("a price that allows line discount competes with its amount after the best discount", () => {
    const allows = price({ id: "allows", unitPrice: 100 }); // 90 after 10 %
    const refuses = price({ id: "refuses", unitPrice: 95, allowLineDisc: false });
    const result = check(line({ quantity: 3 }), [allows, refuses], [discount({ lineDiscountPct: 10 })]);
    expect(order(result)).toEqual(["allows", "refuses"]);
    expect(result.price.candidates[1]?.lostBecause).toMatchObject({ params: { amount: 95, winnerAmount: 90 } });
    expect(result.lineDiscountPct).toBe(10);
    expect(result.lineAmount).toBe(270);
  });

  test("allowLineDisc false on the winning price: no line discount, and a note says so", () => {
    const result = check(line({ quantity: 2 }), [price({ unitPrice: 95, allowLineDisc: false })], [discount()]);
    expect(result.lineDiscountPct).toBe(0);
    expect(result.lineAmount).toBe(190);
    expect(result.discount.winner?.value).toBe(5);
    expect(result.notes.map((n) => n.code)).toEqual(["PRICE_CHECK_NO_LINE_DISC"]);
  });

  test("the item card price allows line discount", () => {
    expect(check(line(), [], [discount({ lineDiscountPct: 20 })]).lineAmount).toBe(40);
  });
});

describe("[§5] the answer reports only the item's lines of the check's sources", () => {
  test("lines of other customers, groups, campaigns and items are neither candidates nor excluded", () => {
    const rows = [
      price({ id: "mine", salesType: "Customer", salesCode: "10000" }),
      price({ id: "group", salesType: "CustomerPriceGroup", salesCode: "PG", unitPrice: 39 }),
      price({ id: "other", salesType: "Customer", salesCode: "20000", currencyCode: "EUR" }),
      price({ id: "otherGroup", salesType: "CustomerPriceGroup", salesCode: "XX", variantCode: "V2" }),
      campaignPrice({ id: "notTargeted", salesCode: "CP2", variantCode: "V2" }),
      price({ id: "otherItem", itemNo: "2000", variantCode: "V2" }),
    ];
    const result = check(line(), rows);
    expect(order(result)).toEqual(["group", "mine"]);
    expect(result.excluded).toEqual([]);
  });

  test("unknown item, customer, currency and unit are noted, not thrown", () => {
    const result = check(line({ itemNo: "9999", customerNo: "99999" }), []);
    expect(result.notes.map((n) => n.code).sort()).toEqual(["UNKNOWN_CUSTOMER", "UNKNOWN_ITEM"]);
    expect(check(line({ currencyCode: "XXX" }), [price({ unitPrice: 75 })])).toMatchObject({
      unitPrice: 75,
      notes: [{ code: "UNKNOWN_CURRENCY", params: { code: "XXX" } }],
    });
    expect(check(line({ unitOfMeasureCode: "PALLET" }), []).notes[0]).toEqual({
      code: "UNKNOWN_ITEM_UNIT",
      params: { item: "1000", code: "PALLET" },
    });
  });
});

describe("excluded lines are described up to a limit and all counted", () => {
  test("MAX_EXCLUDED reasons are listed; excludedCount counts every line that did not apply", () => {
    const rows = Array.from({ length: MAX_EXCLUDED + 7 }, (_, i) =>
      price({ id: `v${i}`, variantCode: `V${i}`, unitPrice: 1 }),
    );
    const result = check(line(), [price({ id: "plain", unitPrice: 10 }), ...rows]);
    expect(result.price.winner?.rowId).toBe("plain");
    expect(result.excluded).toHaveLength(MAX_EXCLUDED);
    expect(result.excludedCount).toBe(MAX_EXCLUDED + 7);
    expect(result.excluded.every((e) => e.reason === "OTHER_VARIANT")).toBe(true);
  });
});
