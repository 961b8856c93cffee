/** domain-bcfilter-100k-matches: one compiled BC filter matched against 100,000 values (test/fixtures/bcFilterScale.ts). */
import { matchesFilter, parseFilter } from "../../src/domain";
import { BC_FILTER_EXPRESSION, bcFilterValues } from "../../test/fixtures/bcFilterScale";
import { measure, report } from "./benchKit";

test("domain-bcfilter-100k-matches", () => {
  const parsed = parseFilter(BC_FILTER_EXPRESSION, "text");
  if (!parsed.ok) throw new Error("refused");
  const { filter } = parsed;
  const values = bcFilterValues(100_000);
  const { result, stats } = measure(
    () => {
      let hits = 0;
      for (const value of values) if (matchesFilter(filter, value)) hits++;
      return hits;
    },
    { warmup: 2, runs: 10 },
  );
  expect(result).toBe(90_000);
  report("domain-bcfilter-100k-matches", stats.p50Ms, { matches: values.length, ...stats }, { maxMs: 500 });
});
