/**
 * The price check through runOperation and its PriceIndexCache, over Dexie on fake-indexeddb: the answer
 * (domain-rules §5) from what is stored, an index kept between checks until the cache is cleared (the planner
 * clears it after every commit), and a failed build that is not kept.
 */
import type { PriceCheckInput } from "../../domain";
import type { SyncStore } from "../../store";
import { toStoredRow } from "../entities";
import type { ResultOf } from "./operationTypes";
import { PriceIndexCache } from "./priceCheck";
import { runOperation } from "./runOperation";
import type { OperationOutcome } from "./runOperation";
import {
  campaignRecord,
  commitRows,
  counterIds,
  CTX,
  customerRecord,
  itemRecord,
  itemUnitRecord,
  openSyncStore,
  salesPriceRecord,
} from "../../../test/builders/syncRecords";

let store: SyncStore;
afterEach(() => store.close());

const campaignDates = { startingDate: "2026-09-01", endingDate: "2026-11-30" };
beforeEach(async () => {
  store = await openSyncStore("price-check");
  await commitRows(store, "item", [
    toStoredRow("item", itemRecord("I1", { unitPrice: 10 }), "i1", 1),
    toStoredRow("item", itemRecord("I2", { unitPrice: 12 }), "i2", 1),
  ]);
  await commitRows(store, "itemUnitOfMeasure", [
    toStoredRow("itemUnitOfMeasure", itemUnitRecord("I1", "PCS"), "u1", 1),
  ]);
  await commitRows(store, "customer", [
    toStoredRow("customer", customerRecord("10000", "C01"), "k1", 1),
    toStoredRow("customer", customerRecord("20000"), "k2", 1),
  ]);
  await commitRows(store, "campaign", [toStoredRow("campaign", campaignRecord("CP0003", campaignDates), "c3", 1)]);
  await commitRows(
    store,
    "salesPrice",
    [
      toStoredRow(
        "salesPrice",
        salesPriceRecord("pa", { salesType: "AllCustomers", salesCode: "", unitPrice: 8 }),
        "pa",
        1,
      ),
      toStoredRow("salesPrice", salesPriceRecord("pc", { ...campaignDates, unitPrice: 6 }), "pc", 1),
    ],
    { targetGroups: { puts: [{ type: "Customer", no: "10000", campaignNo: "CP0003" }], deletes: [] } },
  );
});

const line = (customerNo: string, date = "2026-10-01", itemNo = "I1"): PriceCheckInput => ({
  customerNo,
  itemNo,
  variantCode: "",
  unitOfMeasureCode: "PCS",
  quantity: 1,
  date,
  currencyCode: "",
});

const check = (input: PriceCheckInput, prices = new PriceIndexCache(), on: SyncStore = store) =>
  runOperation(on, { kind: "priceCheck", input }, CTX, { newId: counterIds(), prices });

function priceOf(o: OperationOutcome): ResultOf<"priceCheck"> {
  if (o.outcome.kind !== "priceCheck") throw new Error(o.outcome.kind);
  return o.outcome.result;
}

describe("the answer", () => {
  test("a customer in an activated campaign's target group gets the campaign price within its dates", async () => {
    const done = await check(line("10000"));
    const result = priceOf(done);
    expect(result.unitPrice).toBe(6);
    expect(result.price.winner).toMatchObject({ rowId: "pc", source: { kind: "campaign", code: "CP0003" } });
    expect(done).toMatchObject({ unit: null, hold: false, outcome: { changes: [] } });
  });

  test("outside the campaign's dates, or for a customer it does not target, the price for all customers wins", async () => {
    const late = priceOf(await check(line("10000", "2026-12-15")));
    expect([late.unitPrice, late.priceSource.kind]).toEqual([8, "allCustomers"]);
    const other = priceOf(await check(line("20000")));
    expect([other.unitPrice, other.price.winner?.rowId]).toEqual([8, "pa"]);
  });

  test("without any price line the item card's unit price is the answer", async () => {
    const result = priceOf(await check(line("20000", "2026-10-01", "I2")));
    expect(result.unitPrice).toBe(12);
    expect(result.price.winner).toBeNull();
    expect(result.priceSource).toEqual({ kind: "itemCard", code: "I2" });
  });
});

describe("the cached index", () => {
  test("is kept between checks, so a commit is seen only once the cache is cleared", async () => {
    const prices = new PriceIndexCache();
    expect(priceOf(await check(line("20000"), prices)).unitPrice).toBe(8);
    await commitRows(store, "salesPrice", [
      toStoredRow(
        "salesPrice",
        salesPriceRecord("pk", { salesType: "Customer", salesCode: "20000", unitPrice: 7 }),
        "pk",
        1,
      ),
    ]);
    expect(priceOf(await check(line("20000"), prices)).unitPrice).toBe(8);
    prices.clear();
    const fresh = priceOf(await check(line("20000"), prices));
    expect([fresh.unitPrice, fresh.price.winner?.rowId]).toEqual([7, "pk"]);
  });

  test("target groups are part of it: deactivating shows after a clear", async () => {
    const prices = new PriceIndexCache();
    expect(priceOf(await check(line("10000"), prices)).unitPrice).toBe(6);
    await commitRows(store, "campaign", [], {
      targetGroups: { puts: [], deletes: [{ type: "Customer", no: "10000", campaignNo: "CP0003" }] },
    });
    prices.clear();
    expect(priceOf(await check(line("10000"), prices)).unitPrice).toBe(8);
  });

  test("a build that failed is not kept: the next check builds again", async () => {
    let failures = 1;
    const flaky: SyncStore = {
      ...store,
      loadRows: ((entity) => {
        if (entity === "salesPrice" && failures-- > 0) return Promise.reject(new Error("disk trouble"));
        return store.loadRows(entity);
      }) as SyncStore["loadRows"],
    };
    const prices = new PriceIndexCache();
    await expect(check(line("10000"), prices, flaky)).rejects.toThrow("disk trouble");
    expect(priceOf(await check(line("10000"), prices, flaky)).unitPrice).toBe(6);
  });

  test("concurrent checks share one build", async () => {
    let builds = 0;
    const counting: SyncStore = {
      ...store,
      loadRows: ((entity) => {
        if (entity === "salesPrice") builds++;
        return store.loadRows(entity);
      }) as SyncStore["loadRows"],
    };
    const prices = new PriceIndexCache();
    const results = await Promise.all([check(line("10000"), prices, counting), check(line("20000"), prices, counting)]);
    expect(results.map((r) => priceOf(r).unitPrice)).toEqual([6, 8]);
    expect(builds).toBe(1);
  });
});
