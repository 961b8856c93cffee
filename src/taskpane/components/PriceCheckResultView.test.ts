import { createElement } from "react";
import type { Candidate, PriceCheckResult } from "../../domain";
import { describeExclusion, describeLoss, describeNote } from "../../domain";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { PriceCheckResultView } from "./PriceCheckResultView";

function candidate(
  rowId: string,
  source: Candidate["source"],
  value: number,
  extra: Partial<Candidate> = {},
): Candidate {
  return {
    rowId,
    source,
    currencyCode: "",
    variantCode: "",
    unitOfMeasureCode: "",
    startingDate: "",
    endingDate: "",
    minimumQuantity: 0,
    value,
    rankAmount: value,
    allowLineDisc: true,
    ...extra,
  };
}

const WIN_PRICE = candidate("p1", { kind: "campaign", code: "CP0003" }, 1234.5, {
  startingDate: "2026-05-01",
  endingDate: "2026-05-31",
  minimumQuantity: 10,
  unitOfMeasureCode: "PCS",
});
const LOST_PRICE = candidate("p2", { kind: "allCustomers", code: "" }, 1500, {
  lostBecause: { code: "LOST_HIGHER_AMOUNT", params: { amount: "1,350.00", winnerAmount: "1,111.05" } },
});
const WIN_DISC = candidate("d1", { kind: "customerDiscGroup", code: "RETAIL" }, 10);
const LOST_DISC = candidate("d2", { kind: "customer", code: "10000" }, 5, {
  lostBecause: { code: "LOST_LOWER_DISCOUNT", params: { pct: 5, winnerPct: 10 } },
});

const RESULT: PriceCheckResult = {
  unitPrice: 1234.5,
  lineDiscountPct: 10,
  lineAmount: 13331.6,
  unitOfMeasureCode: "PCS",
  qtyPerUnitOfMeasure: 1,
  priceSource: WIN_PRICE.source,
  price: { winner: WIN_PRICE, candidates: [WIN_PRICE, LOST_PRICE] },
  discount: { winner: WIN_DISC, candidates: [WIN_DISC, LOST_DISC] },
  excluded: [
    {
      kind: "price",
      rowId: "p3",
      source: { kind: "customer", code: "10000" },
      reason: "OTHER_CURRENCY",
      params: { value: "EUR" },
    },
  ],
  excludedCount: 1,
  notes: [{ code: "UNKNOWN_CURRENCY", params: { code: "XXX" } }],
};

const NO_WINNERS: PriceCheckResult = {
  ...RESULT,
  unitPrice: 99,
  lineDiscountPct: 0,
  lineAmount: 99,
  priceSource: { kind: "itemCard", code: "1000" },
  price: { winner: null, candidates: [] },
  discount: { winner: null, candidates: [] },
  excluded: [],
  excludedCount: 0,
  notes: [],
};

function render(result: PriceCheckResult, lang: "en" | "da" = "en") {
  return renderWith(fakeEngine({}, lang), createElement(PriceCheckResultView, { lang, result }));
}

describe("the price check result", () => {
  test("unit price, discount and line amount are written the way each language writes them", () => {
    const en = render(RESULT);
    expect(textOf(en, "price-check-unit-price")).toBe("1,234.50");
    expect(textOf(en, "price-check-discount")).toBe("10%");
    expect(textOf(en, "price-check-amount")).toBe("13,331.60");
    const da = render(RESULT, "da");
    expect(textOf(da, "price-check-unit-price")).toBe("1.234,50");
    expect(textOf(da, "price-check-amount")).toBe("13.331,60");
  });

  test("the winning price names its source and its row's terms", () => {
    const html = render(RESULT);
    expect(textOf(html, "price-check-price-source")).toContain("campaign CP0003");
    const row = textOf(html, "price-check-price-row") ?? "";
    expect(row).toContain("2026-05-01");
    expect(row).toContain("PCS");
  });

  test("the winning discount names its source, in Danish too", () => {
    expect(textOf(render(RESULT), "price-check-discount-source")).toContain("discount group RETAIL");
    expect(textOf(render(RESULT, "da"), "price-check-discount-source")).toContain("rabatgruppe RETAIL");
  });

  test("only the losing candidates are listed, each with why it lost", () => {
    const html = render(RESULT);
    expect(html.match(/data-testid="price-check-other-prices-item"/g)).toHaveLength(1);
    const prices = textOf(html, "price-check-other-prices") ?? "";
    expect(prices).toContain("all customers");
    expect(prices).toContain("1,500.00");
    expect(prices).toContain(describeLoss(LOST_PRICE, "en"));
    expect(textOf(html, "price-check-other-discounts")).toContain(describeLoss(LOST_DISC, "en"));
  });

  test("excluded lines and notes are explained", () => {
    const html = render(RESULT);
    expect(textOf(html, "price-check-excluded")).toContain(describeExclusion(RESULT.excluded[0]!, "en"));
    expect(tagOf(html, "price-check-excluded-more")).toBeNull();
    expect(tagOf(html, "price-check-notes")).not.toBeNull();
    expect(html).toContain(describeNote(RESULT.notes[0]!, "en"));
  });

  test("when only the first excluded lines came back, the rest are counted", () => {
    const html = render({ ...RESULT, excludedCount: 1501 }, "da");
    expect(textOf(html, "price-check-excluded-more")).toBe("og 1.500 mere");
  });

  test("without any winner the price comes from the item card and no discount applies", () => {
    const html = render(NO_WINNERS);
    expect(textOf(html, "price-check-price-source")).toContain("item card");
    expect(tagOf(html, "price-check-price-row")).toBeNull();
    expect(tagOf(html, "price-check-discount-row")).toBeNull();
    expect(tagOf(html, "price-check-other-prices")).toBeNull();
    expect(tagOf(html, "price-check-notes")).toBeNull();
  });

  test("[PN6] a missed campaign is said first, in the person's language", () => {
    const miss = {
      campaignNo: "CP0005",
      kind: "discount" as const,
      value: 14,
      code: "MISS_NOT_TARGETED" as const,
      params: { campaign: "CP0005", item: "I0001", customer: "C10011", contact: "K0011", value: 14 },
    };
    const html = render({ ...NO_WINNERS, misses: [miss] });
    expect(textOf(html, "price-check-miss")).toBe(
      "Campaign CP0005 gives a 14% discount on I0001, but C10011 is not in its target group: add contact K0011 to a segment of CP0005 with Campaign Target (or log an interaction of CP0005 with Campaign Target for it), then activate CP0005.",
    );
    expect(html.indexOf("price-check-misses")).toBeLessThan(html.indexOf("price-check-unit-price"));
    expect(tagOf(render(NO_WINNERS), "price-check-misses")).toBeNull();
  });

  test("[PN7] lines that did not apply are grouped under a heading per reason", () => {
    const line = RESULT.excluded[0]!;
    const excluded = [
      { ...line, rowId: "p9", reason: "OUT_OF_DATES" as const },
      line,
      { ...line, rowId: "p8", reason: "OUT_OF_DATES" as const },
    ];
    const html = render({ ...RESULT, excluded, excludedCount: 3 });
    const reasons = [...html.matchAll(/data-reason="(\w+)"/g)].map((m) => m[1]);
    expect(reasons).toEqual(["OUT_OF_DATES", "OTHER_CURRENCY"]);
    expect(html).toContain("Not valid on the date (2)");
    expect(html.indexOf('data-testid="price-check-excluded-item"')).toBeLessThan(html.indexOf("Another currency"));
  });
});
