/**
 * Small fixtures for the price-check tests (not part of the layer's API). Item 1000: base unit PCS, BOX = 10 PCS,
 * unit price 5 per PCS, item discount group G1, variants V1/V2. EUR: 7.5 LCY per EUR. Campaign CP1 runs in April 2026.
 * Customer 10000 (price group PG, discount group DG, company K1), 20000 (company K2), 30000 (company K3).
 */
import { buildPriceIndex } from "./priceIndex";
import { priceCheck } from "./priceCheck";
import type { PriceCheckContext, PriceCheckInput, PriceCheckResult } from "./priceCheckTypes";
import type { CampaignTargetGroup, SalesLineDiscount, SalesPrice } from "./records";

export const ctx = (targetGroups: readonly CampaignTargetGroup[] = []): PriceCheckContext => ({
  customers: new Map([
    ["10000", { customerPriceGroup: "PG", customerDiscGroup: "DG", contactNo: "K1", currencyCode: "" }],
    ["20000", { customerPriceGroup: "", customerDiscGroup: "", contactNo: "K2", currencyCode: "" }],
    ["30000", { customerPriceGroup: "", customerDiscGroup: "", contactNo: "K3", currencyCode: "" }],
  ]),
  items: new Map([
    ["1000", { unitPrice: 5, itemDiscGroup: "G1", baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" }],
    ["2000", { unitPrice: 7, itemDiscGroup: "G2", baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "PCS" }],
  ]),
  itemUnits: new Map([
    [
      "1000",
      new Map([
        ["PCS", 1],
        ["BOX", 10],
      ]),
    ],
    ["2000", new Map([["PCS", 1]])],
  ]),
  currencies: new Map([["EUR", { exchangeRate: 7.5 }]]),
  targetGroups,
  campaigns: new Map([
    ["CP1", { startingDate: "2026-04-01", endingDate: "2026-04-30" }],
    ["CP2", { startingDate: "2026-04-01", endingDate: "2026-04-30" }],
    ["CP3", { startingDate: "2026-04-01", endingDate: "2026-04-30" }],
  ]),
  contacts: new Map([
    ["K1", { type: "Company", companyNo: "K1" }],
    ["K2", { type: "Company", companyNo: "K2" }],
    ["K3", { type: "Company", companyNo: "K3" }],
    ["K4", { type: "Company", companyNo: "K4" }],
    ["P2", { type: "Person", companyNo: "K2" }],
    ["P4", { type: "Person", companyNo: "K4" }],
  ]),
  customerByContact: new Map([
    ["K1", "10000"],
    ["K2", "20000"],
    ["K3", "30000"],
  ]),
});

let nextId = 0;

/** A price line for item 1000, all customers, per BOX, valid all year. */
export const price = (overrides: Partial<SalesPrice> = {}): SalesPrice => ({
  id: `p${++nextId}`,
  itemNo: "1000",
  salesType: "AllCustomers",
  salesCode: "",
  currencyCode: "",
  startingDate: "2026-01-01",
  endingDate: "2026-12-31",
  unitPrice: 40,
  priceIncludesVat: false,
  allowLineDisc: true,
  allowInvoiceDisc: true,
  minimumQuantity: 0,
  unitOfMeasureCode: "BOX",
  variantCode: "",
  ...overrides,
});

/** A campaign price line of CP1 carrying the campaign's dates. */
export const campaignPrice = (overrides: Partial<SalesPrice> = {}): SalesPrice =>
  price({
    salesType: "Campaign",
    salesCode: "CP1",
    startingDate: "2026-04-01",
    endingDate: "2026-04-30",
    ...overrides,
  });

/** A discount line for item 1000, all customers, no unit, valid all year. */
export const discount = (overrides: Partial<SalesLineDiscount> = {}): SalesLineDiscount => ({
  id: `d${++nextId}`,
  type: "Item",
  code: "1000",
  salesType: "AllCustomers",
  salesCode: "",
  currencyCode: "",
  startingDate: "2026-01-01",
  endingDate: "2026-12-31",
  lineDiscountPct: 5,
  minimumQuantity: 0,
  unitOfMeasureCode: "",
  variantCode: "",
  ...overrides,
});

/** Customer 10000 buys 1 BOX of item 1000 in LCY on 2026-04-15. */
export const line = (overrides: Partial<PriceCheckInput> = {}): PriceCheckInput => ({
  customerNo: "10000",
  itemNo: "1000",
  variantCode: "",
  unitOfMeasureCode: "BOX",
  quantity: 1,
  date: "2026-04-15",
  currencyCode: "",
  ...overrides,
});

/** Builds the index and runs one check. */
export function check(
  input: PriceCheckInput,
  prices: readonly SalesPrice[],
  discounts: readonly SalesLineDiscount[] = [],
  targetGroups: readonly CampaignTargetGroup[] = [],
): PriceCheckResult {
  return priceCheck(buildPriceIndex(prices, discounts), input, ctx(targetGroups));
}

/** Row ids of the candidates, best first. */
export const order = (result: PriceCheckResult, kind: "price" | "discount" = "price"): string[] =>
  result[kind].candidates.map((c) => c.rowId);
