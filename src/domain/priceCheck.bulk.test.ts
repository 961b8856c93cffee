/**
 * domain-rules.md §9: price checks against 100,000 price lines and 100,000 discount lines, the index built once.
 * Checks that 2,000 checks find competing lines and that every candidate reported belongs to the checked item.
 * The build time and the time per check are measured in bench/domain/priceCheck.bench.ts, not here.
 */
import { priceCheckInput, priceCheckScale } from "../../test/fixtures/priceCheckScale";
import { buildPriceIndex } from "./priceIndex";
import { priceCheck } from "./priceCheck";

test("price check: one index over 100,000 price and discount lines; 2,000 checks report only the item's lines", () => {
  const { prices, discounts, ctx } = priceCheckScale();
  const index = buildPriceIndex(prices, discounts);

  let competing = 0;
  for (let k = 0; k < 2_000; k++) {
    const q = priceCheckInput(k);
    const result = priceCheck(index, q, ctx);
    competing += result.price.candidates.length;
    // Everything reported belongs to the checked item (or its discount group) and the customer's sources.
    for (const c of result.price.candidates) expect(prices[Number(c.rowId.slice(1))]?.itemNo).toBe(q.itemNo);
  }
  expect(competing).toBeGreaterThan(0);
}, 120_000);
