/**
 * domain-rules.md §9: a 100,000-line paste is validated in one batch. Checks that exactly the planted faults are
 * found (the generator knows them). The run's time is measured in bench/domain/validateDiscounts.bench.ts.
 */
import { discountLinesScale } from "../../test/fixtures/discountLinesScale";
import { validateSalesLineDiscounts } from "./validateSalesLineDiscounts";

test("validateSalesLineDiscounts finds exactly the planted faults in 100,000 rows", () => {
  const { rows, refs, expected } = discountLinesScale();
  const issues = validateSalesLineDiscounts(rows, refs, "en");

  const counts: Record<string, number> = {};
  for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  expect(counts).toEqual(expected);
  expect(expected.DUPLICATE_DISCOUNT_LINE).toBeGreaterThan(0);
}, 120_000);
