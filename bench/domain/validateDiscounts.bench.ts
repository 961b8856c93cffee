/** domain-validate-discounts-100k: validateSalesLineDiscounts over a 100,000-line paste (test/fixtures/discountLinesScale.ts). */
import { validateSalesLineDiscounts } from "../../src/domain";
import { discountLinesScale } from "../../test/fixtures/discountLinesScale";
import { measure, report } from "./benchKit";

test("domain-validate-discounts-100k", () => {
  const { rows, refs, expected } = discountLinesScale(100_000);
  const { result, stats } = measure(() => validateSalesLineDiscounts(rows, refs, "en"), { warmup: 1, runs: 5 });
  expect(result).toHaveLength(Object.values(expected).reduce((a, b) => a + b, 0));
  report("domain-validate-discounts-100k", stats.p50Ms, { rows: rows.length, ...stats }, { maxMs: 1500 });
});
