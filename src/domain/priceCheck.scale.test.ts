/**
 * domain-rules.md §9: a price check against 100,000 price lines and 100,000 discount lines takes under 1 ms once the
 * indexes are built. Deterministic data (no randomness); bounds are generous for a busy CI machine (a check takes
 * a few µs on a laptop core, the build about 100–200 ms).
 */
import { buildPriceIndex } from "./priceIndex";
import { priceCheck } from "./priceCheck";
import type { PriceCheckContext, PriceCheckInput } from "./priceCheckTypes";
import { buildTargetGroupLookup } from "./targetGroups";
import type { CampaignTargetGroup, SalesLineDiscount, SalesPrice } from "./records";

const N = 100_000;
const ITEMS = 1_000;
const CUSTOMERS = 500;
const CAMPAIGNS = 50;
const GROUPS = 100;

/** A deterministic, well-mixed 0 … m−1 per row and salt, so the row's attributes are not correlated. */
const pick = (i: number, salt: number, m: number): number => (Math.imul(i ^ (salt * 0x9e3779b9), 0x85ebca6b) >>> 0) % m;

const priceSource = (i: number): [SalesPrice["salesType"], string] => {
  switch (pick(i, 1, 4)) {
    case 0:
      return ["AllCustomers", ""];
    case 1:
      return ["Customer", `C${pick(i, 2, CUSTOMERS)}`];
    case 2:
      return ["CustomerPriceGroup", `PG${pick(i, 3, 10)}`];
    default:
      return ["Campaign", `CP${pick(i, 4, CAMPAIGNS)}`];
  }
};

function data(): { prices: SalesPrice[]; discounts: SalesLineDiscount[]; ctx: PriceCheckContext } {
  const prices: SalesPrice[] = [];
  const discounts: SalesLineDiscount[] = [];
  for (let i = 0; i < N; i++) {
    const [salesType, salesCode] = priceSource(i);
    const month = String(pick(i, 5, 12) + 1).padStart(2, "0");
    const common = {
      salesCode,
      currencyCode: pick(i, 6, 7) === 0 ? "EUR" : "",
      startingDate: `2026-${month}-01`,
      endingDate: pick(i, 7, 3) === 0 ? "" : "2026-12-31",
      minimumQuantity: pick(i, 8, 5),
      unitOfMeasureCode: pick(i, 9, 2) === 0 ? "BOX" : "",
      variantCode: pick(i, 10, 11) === 0 ? "V1" : "",
    };
    prices.push({
      id: `p${i}`,
      itemNo: `I${i % ITEMS}`,
      salesType,
      unitPrice: 10 + pick(i, 11, 97),
      priceIncludesVat: false,
      allowLineDisc: pick(i, 12, 6) !== 0,
      allowInvoiceDisc: true,
      ...common,
    });
    const group = pick(i, 13, 20) === 0; // 5 % of the discounts are for an item discount group
    const discType = salesType === "CustomerPriceGroup" ? "CustomerDiscGroup" : salesType;
    discounts.push({
      id: `d${i}`,
      type: group ? "ItemDiscGroup" : "Item",
      code: group ? `G${pick(i, 14, GROUPS)}` : `I${i % ITEMS}`,
      salesType: discType,
      lineDiscountPct: pick(i, 15, 40),
      ...common,
      salesCode: discType === "CustomerDiscGroup" ? `DG${pick(i, 16, 10)}` : salesCode,
      ...(group ? { unitOfMeasureCode: "", variantCode: "" } : {}),
    });
  }
  const customers = new Map<
    string,
    { customerPriceGroup: string; customerDiscGroup: string; contactNo: string; currencyCode: string }
  >();
  const rows: CampaignTargetGroup[] = [];
  for (let c = 0; c < CUSTOMERS; c++) {
    customers.set(`C${c}`, {
      customerPriceGroup: `PG${c % 10}`,
      customerDiscGroup: `DG${c % 10}`,
      contactNo: `K${c}`,
      currencyCode: "",
    });
    for (let k = 0; k < 3; k++)
      rows.push({ type: "Customer", no: `C${c}`, campaignNo: `CP${(c + k * 7) % CAMPAIGNS}` });
  }
  const items = new Map<
    string,
    { unitPrice: number; itemDiscGroup: string; baseUnitOfMeasure: string; salesUnitOfMeasure: string }
  >();
  const units = new Map([
    ["PCS", 1],
    ["BOX", 12],
  ]);
  const itemUnits = new Map<string, ReadonlyMap<string, number>>();
  for (let i = 0; i < ITEMS; i++) {
    items.set(`I${i}`, {
      unitPrice: 9,
      itemDiscGroup: `G${pick(i, 14, GROUPS)}`,
      baseUnitOfMeasure: "PCS",
      salesUnitOfMeasure: "BOX",
    });
    itemUnits.set(`I${i}`, units);
  }
  const ctx: PriceCheckContext = {
    customers,
    items,
    itemUnits,
    currencies: new Map([["EUR", { exchangeRate: 7.5 }]]),
    targetGroups: buildTargetGroupLookup(rows),
    campaigns: new Map(),
  };
  return { prices, discounts, ctx };
}

const input = (k: number): PriceCheckInput => ({
  customerNo: `C${(k * 37) % CUSTOMERS}`,
  itemNo: `I${(k * 101) % ITEMS}`,
  variantCode: k % 3 === 0 ? "V1" : "",
  unitOfMeasureCode: k % 2 === 0 ? "BOX" : "PCS",
  quantity: 1 + (k % 6),
  date: `2026-${String((k % 12) + 1).padStart(2, "0")}-15`,
  currencyCode: k % 4 === 0 ? "EUR" : "",
});

test("price check: index built once, then each check well under 1 ms with 100,000 price and discount lines", () => {
  const { prices, discounts, ctx } = data();
  const builtAt = performance.now();
  const index = buildPriceIndex(prices, discounts);
  const buildMs = performance.now() - builtAt;

  for (let k = 0; k < 200; k++) priceCheck(index, input(k), ctx); // warm-up
  const times: number[] = [];
  let competing = 0;
  for (let k = 0; k < 2_000; k++) {
    const q = input(k);
    const started = performance.now();
    const result = priceCheck(index, q, ctx);
    times.push(performance.now() - started);
    competing += result.price.candidates.length;
    // Everything reported belongs to the checked item (or its discount group) and the customer's sources.
    for (const c of result.price.candidates) expect(prices[Number(c.rowId.slice(1))]?.itemNo).toBe(q.itemNo);
  }
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99)] ?? Infinity;
  expect(competing).toBeGreaterThan(0);
  expect(p99).toBeLessThan(1);
  expect(buildMs).toBeLessThan(500);
});
