import { check, discount, line, order } from "../../test/fixtures/priceCheckFixtures";
import type { CampaignTargetGroup } from "./records";

describe("[§5] best discount: item lines and the item's discount-group lines compete", () => {
  test("a discount for the item's discount group counts; one for another group does not", () => {
    const item = discount({ id: "item", lineDiscountPct: 5 });
    const group = discount({ id: "g1", type: "ItemDiscGroup", code: "G1", lineDiscountPct: 12 });
    const other = discount({ id: "g2", type: "ItemDiscGroup", code: "G2", lineDiscountPct: 50 });
    const result = check(line(), [], [item, group, other]);
    expect(order(result, "discount")).toEqual(["g1", "item"]);
    expect(result.lineDiscountPct).toBe(12);
    expect(result.discount.candidates[1]?.lostBecause).toEqual({
      code: "LOST_LOWER_DISCOUNT",
      params: { pct: 5, winnerPct: 12 },
    });
    expect(result.excluded).toEqual([]);
  });

  test("a group line without unit compares its minimum quantity in base units", () => {
    const group = discount({ id: "g1", type: "ItemDiscGroup", code: "G1", minimumQuantity: 15 });
    expect(check(line({ quantity: 2 }), [], [group]).lineDiscountPct).toBe(5);
    expect(check(line({ quantity: 1 }), [], [group]).excluded).toEqual([
      expect.objectContaining({ kind: "discount", rowId: "g1", reason: "MIN_QTY" }),
    ]);
  });

  test("specificity first: a currency line with a lower % beats a higher % without currency", () => {
    const eur = discount({ id: "eur", currencyCode: "EUR", lineDiscountPct: 2 });
    const lcy = discount({ id: "lcy", lineDiscountPct: 10 });
    const result = check(line({ currencyCode: "EUR" }), [], [eur, lcy]);
    expect(order(result, "discount")).toEqual(["eur", "lcy"]);
    expect(result.lineDiscountPct).toBe(2);
  });

  test("the customer, its discount group and its campaigns are sources; other customers are not", () => {
    const rows: CampaignTargetGroup[] = [{ type: "Customer", no: "10000", campaignNo: "CP1" }];
    const discounts = [
      discount({ id: "own", salesType: "Customer", salesCode: "10000", lineDiscountPct: 3 }),
      discount({ id: "dg", salesType: "CustomerDiscGroup", salesCode: "DG", lineDiscountPct: 4 }),
      discount({ id: "camp", salesType: "Campaign", salesCode: "CP1", lineDiscountPct: 15 }),
      discount({ id: "stranger", salesType: "Customer", salesCode: "20000", lineDiscountPct: 90 }),
    ];
    const result = check(line(), [], discounts, rows);
    expect(order(result, "discount")).toEqual(["camp", "dg", "own"]);
    expect(result.discount.winner?.source).toEqual({ kind: "campaign", code: "CP1" });
  });

  test("no discount line → 0 %", () => {
    const result = check(line(), [], [discount({ startingDate: "2026-05-01" })]);
    expect(result.lineDiscountPct).toBe(0);
    expect(result.discount.winner).toBeNull();
    expect(result.excluded[0]).toMatchObject({
      reason: "OUT_OF_DATES",
      params: { startingDate: "2026-05-01", endingDate: "2026-12-31", date: "2026-04-15" },
    });
  });
});
