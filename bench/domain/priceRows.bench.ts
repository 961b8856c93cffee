/** sheets-parse-discount-rows-100k: parsing 100,000 pasted Danish discount rows (test/fixtures/priceRowsScale.ts). */
import { parsePastedRows, priceRowsScale } from "../../test/fixtures/priceRowsScale";
import { measure, report } from "./benchKit";

test("sheets-parse-discount-rows-100k", () => {
  const scale = priceRowsScale(100_000);
  const { result, stats } = measure(() => parsePastedRows(scale));
  expect(result.filter((p) => p.issues.length > 0)).toHaveLength(0);
  report("sheets-parse-discount-rows-100k", stats.p50Ms, { rows: scale.rows.length, ...stats }, { maxMs: 1500 });
});
