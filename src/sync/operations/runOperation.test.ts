/**
 * The smaller operations runOperation dispatches, over Dexie on fake-indexeddb: line counts per campaign for the
 * price-list view, and a binding's store record (kept unless reset).
 */
import type { BindingRecord, SyncStore } from "../../store";
import { toStoredRow } from "../entities";
import type { OpRequest } from "./operationTypes";
import { PriceIndexCache } from "./priceCheck";
import { runOperation } from "./runOperation";
import {
  commitRows,
  counterIds,
  CTX,
  openSyncStore,
  salesLineDiscountRecord,
  salesPriceRecord,
} from "../../../test/builders/syncRecords";

let store: SyncStore;
beforeEach(async () => {
  store = await openSyncStore("run-operation");
});
afterEach(() => store.close());

const run = (request: OpRequest) =>
  runOperation(store, request, CTX, { newId: counterIds(), prices: new PriceIndexCache() });

describe("lineCounts", () => {
  test("counts each campaign's price and discount lines; lines of other sales types are not counted", async () => {
    await commitRows(store, "salesPrice", [
      toStoredRow("salesPrice", salesPriceRecord("p1"), "p1", 1),
      toStoredRow("salesPrice", salesPriceRecord("p2", { minimumQuantity: 5 }), "p2", 1),
      toStoredRow("salesPrice", salesPriceRecord("p3", { salesCode: "CP0004" }), "p3", 1),
      toStoredRow("salesPrice", salesPriceRecord("p4", { salesType: "AllCustomers", salesCode: "" }), "p4", 1),
      toStoredRow("salesPrice", salesPriceRecord("p5", { salesType: "Customer", salesCode: "CP0003" }), "p5", 1),
    ]);
    await commitRows(store, "salesLineDiscount", [
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d1"), "d1", 1),
    ]);
    const done = await run({ kind: "lineCounts" });
    expect(done).toEqual({
      outcome: {
        kind: "lineCounts",
        result: { salesPrice: { CP0003: 2, CP0004: 1 }, salesLineDiscount: { CP0003: 1 } },
        changes: [],
      },
      unit: null,
      hold: false,
    });
  });

  test("an empty store counts nothing", async () => {
    const done = await run({ kind: "lineCounts" });
    expect(done.outcome.result).toEqual({ salesPrice: {}, salesLineDiscount: {} });
  });
});

describe("putBinding", () => {
  const binding = (sheetName: string): Omit<BindingRecord, "seen"> => ({
    id: "CampaignTable",
    entity: "campaign",
    sheetName,
    schemaVersion: 1,
  });

  test("a binding without a record is written with no rows seen yet; nothing else is planned", async () => {
    const done = await run({ kind: "putBinding", binding: binding("Campaigns"), reset: false });
    expect(done).toEqual({ outcome: { kind: "putBinding", result: null, changes: [] }, unit: null, hold: false });
    expect(await store.getBinding("CampaignTable")).toEqual({ ...binding("Campaigns"), seen: {} });
  });

  test("an existing record is kept as it is unless reset", async () => {
    await store.putBinding({ ...binding("Campaigns"), seen: { r1: "h1", r2: "h2" } });
    await run({ kind: "putBinding", binding: binding("Kampagner"), reset: false });
    expect(await store.getBinding("CampaignTable")).toEqual({ ...binding("Campaigns"), seen: { r1: "h1", r2: "h2" } });
  });

  test("[SP41] an existing record is not read to be kept: the pane's start costs no binding's seen rows", async () => {
    await store.putBinding({ ...binding("Campaigns"), seen: { r1: "h1", r2: "h2" } });
    let reads = 0;
    const counting: SyncStore = { ...store, getBinding: (id) => (reads++, store.getBinding(id)) };
    await runOperation(counting, { kind: "putBinding", binding: binding("Campaigns"), reset: false }, CTX, {
      newId: counterIds(),
      prices: new PriceIndexCache(),
    });
    expect(reads).toBe(0);
    expect(await store.getBinding("CampaignTable")).toEqual({ ...binding("Campaigns"), seen: { r1: "h1", r2: "h2" } });
  });

  test("a reset writes the record afresh, forgetting the rows seen", async () => {
    await store.putBinding({ ...binding("Campaigns"), seen: { r1: "h1", r2: "h2" } });
    await run({ kind: "putBinding", binding: binding("Kampagner"), reset: true });
    expect(await store.getBinding("CampaignTable")).toEqual({ ...binding("Kampagner"), seen: {} });
  });
});
