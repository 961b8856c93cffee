/**
 * domain-rules.md §9: a 100,000-line paste is validated in one batch. Checks the planted faults are found
 * exactly, and that the run stays far below a second (the bound is generous for a busy CI machine).
 */
import type { SalesLineDiscount } from "./records";
import { validateSalesLineDiscounts, type SalesLineDiscountRefs } from "./validateSalesLineDiscounts";

const N = 100_000;
const ITEMS = 500;

function refsFor(): SalesLineDiscountRefs {
  const items = new Map<string, { baseUnitOfMeasure: string; salesUnitOfMeasure: string }>();
  const itemUnits = new Map<string, Map<string, number>>();
  const itemVariants = new Map<string, Set<string>>();
  for (let i = 0; i < ITEMS; i++) {
    const no = `I${i}`;
    items.set(no, { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" });
    itemUnits.set(
      no,
      new Map([
        ["PCS", 1],
        ["BOX", 10],
      ]),
    );
    itemVariants.set(no, new Set(["V1", "V2"]));
  }
  return {
    items,
    itemUnits,
    itemVariants,
    itemDiscGroups: new Set(["G1", "G2"]),
    customers: new Set(["C1", "C2"]),
    customerDiscGroups: new Set(["D1"]),
    currencies: new Set(["EUR"]),
    campaigns: new Map([["CP1", { startingDate: "2026-04-01", endingDate: "2026-04-30" }]]),
  };
}

test("validateSalesLineDiscounts finds exactly the planted faults in 100,000 rows, well within time", () => {
  const refs = refsFor();
  const expected = {
    DISCOUNT_OUT_OF_RANGE: 0,
    UNKNOWN_ITEM_UNIT: 0,
    CAMPAIGN_DATES_FROM_CARD: 0,
    DUPLICATE_DISCOUNT_LINE: 0,
  };
  const rows: SalesLineDiscount[] = [];
  for (let i = 0; i < N; i++) {
    const duplicate = i % 5000 === 4999; // repeats the previous row exactly
    const n = duplicate ? i - 1 : i;
    // Faults are planted away from the duplicated pairs, so each row has at most one kind of issue.
    const clean = duplicate || i % 5000 === 4998;
    const group = n % 10 === 9;
    const campaign = n % 4 === 0;
    const badPct = !clean && i % 1000 === 11;
    const badUnit = !clean && !group && i % 997 === 2;
    const badDate = !clean && campaign && i % 1009 === 0;
    if (badPct) expected.DISCOUNT_OUT_OF_RANGE++;
    if (badUnit) expected.UNKNOWN_ITEM_UNIT++;
    if (badDate) expected.CAMPAIGN_DATES_FROM_CARD++;
    if (duplicate) expected.DUPLICATE_DISCOUNT_LINE += 2;
    rows.push({
      id: `row${i}`,
      type: group ? "ItemDiscGroup" : "Item",
      code: group ? "G1" : `I${n % ITEMS}`,
      salesType: campaign ? "Campaign" : "Customer",
      salesCode: campaign ? "CP1" : "C1",
      currencyCode: n % 7 === 0 ? "EUR" : "",
      startingDate: badDate ? "2026-03-31" : campaign ? "" : "2026-01-01",
      endingDate: campaign ? "2026-04-30" : "2026-12-31",
      lineDiscountPct: badPct ? 101 : n % 101,
      minimumQuantity: n, // unique per row, so only the planted pairs collide
      unitOfMeasureCode: group ? "" : badUnit ? "PALLET" : "BOX",
      variantCode: group ? "" : "V1",
    });
  }

  const started = performance.now();
  const issues = validateSalesLineDiscounts(rows, refs, "en");
  const elapsed = performance.now() - started;

  const counts: Record<string, number> = {};
  for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  expect(counts).toEqual(expected);
  expect(expected.DUPLICATE_DISCOUNT_LINE).toBeGreaterThan(0);
  expect(elapsed).toBeLessThan(1500);
});
