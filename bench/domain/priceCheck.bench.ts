/**
 * domain-price-index-100k (building the index over 100,000 price and 100,000 discount lines) and
 * domain-price-check-100k (one check against that index: p50/p99 of 5,000 checks; the target bounds p99),
 * over test/fixtures/priceCheckScale.ts.
 */
import { buildPriceIndex, priceCheck } from "../../src/domain";
import { priceCheckInput, priceCheckScale } from "../../test/fixtures/priceCheckScale";
import { measure, quantile, report, round } from "./benchKit";

const CHECKS = 5_000;

test("domain-price-index-100k and domain-price-check-100k", () => {
  const { prices, discounts, ctx } = priceCheckScale(100_000);
  const built = measure(() => buildPriceIndex(prices, discounts));
  report(
    "domain-price-index-100k",
    built.stats.p50Ms,
    { prices: prices.length, discounts: discounts.length, ...built.stats },
    {
      maxMs: 500,
    },
  );

  const index = built.result;
  for (let k = 0; k < 200; k++) priceCheck(index, priceCheckInput(k), ctx); // warm-up
  const times: number[] = [];
  let competing = 0;
  for (let k = 0; k < CHECKS; k++) {
    const input = priceCheckInput(k);
    const started = performance.now();
    const result = priceCheck(index, input, ctx);
    times.push(performance.now() - started);
    competing += result.price.candidates.length;
  }
  expect(competing).toBeGreaterThan(0);
  const p99 = quantile(times, 0.99);
  report(
    "domain-price-check-100k",
    p99,
    { checks: CHECKS, p50Ms: round(quantile(times, 0.5)), p99Ms: round(p99), maxMs: round(Math.max(...times)) },
    { maxMs: 1 },
  );
});
