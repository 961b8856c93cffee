/**
 * The campaign card's save through runOperation, over Dexie on fake-indexeddb: the same rules as a sheet row
 * (number series, normalised codes, validation against every stored campaign) and the same cascade to the
 * campaign's price and discount lines, in one unit of work.
 */
import type { Campaign } from "../../domain";
import type { SyncStore } from "../../store";
import { toStoredRow } from "../entities";
import type { OpRequest, ResultOf } from "./operationTypes";
import { PriceIndexCache } from "./priceCheck";
import { runOperation } from "./runOperation";
import type { OperationOutcome } from "./runOperation";
import {
  campaignRecord,
  commitRows,
  counterIds,
  CTX,
  openSyncStore,
  salesLineDiscountRecord,
  salesPriceRecord,
  TODAY,
  seriesRow,
} from "../../../test/builders/syncRecords";

let store: SyncStore;
afterEach(() => store.close());

async function open(campaignManualNos = true) {
  store = await openSyncStore("card-save", { campaignManualNos });
  await commitRows(store, "campaignStatus", [
    toStoredRow("campaignStatus", { code: "PLANNED", description: "Planned" }, "s1", 1),
  ]);
}

function save(campaign: Campaign, rowId: string | null = null, bindingId: string | null = null) {
  const request: OpRequest = { kind: "saveCampaign", bindingId, rowId, campaign };
  return runOperation(store, request, CTX, { newId: counterIds("row"), prices: new PriceIndexCache() });
}

function resultOf(o: OperationOutcome): ResultOf<"saveCampaign"> {
  if (o.outcome.kind !== "saveCampaign") throw new Error(`unexpected ${o.outcome.kind}`);
  return o.outcome.result;
}

const blank = (overrides: Partial<Campaign> = {}) => campaignRecord("", { lastDateModified: "", ...overrides });
const seedCampaign = (no: string, rowId: string, overrides: Partial<Campaign> = {}) =>
  commitRows(store, "campaign", [toStoredRow("campaign", campaignRecord(no, overrides), rowId, 1)]);

describe("a new campaign", () => {
  beforeEach(() => open());

  test("a blank no. takes the next number of series CAMPAIGN; the save is one unit with the series", async () => {
    const done = await save(blank({ description: "Spring" }));
    const result = resultOf(done);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.changes).toEqual(["campaign"]);
    expect(result.saved).toMatchObject({
      no: "CP0001",
      description: "Spring",
      lastDateModified: TODAY,
      rowId: "row1",
      rowVersion: 1,
    });
    expect(done.hold).toBe(false);
    expect(done.outcome.changes).toEqual(["campaign"]);
    expect(done.unit).toMatchObject({
      entity: "campaign",
      deletes: [],
      puts: [result.saved],
      numberSeries: { code: "CAMPAIGN", lastNoUsed: "CP0001" },
      log: { origin: "card", keys: ["CP0001"], at: CTX.nowIso },
    });
    expect(done.unit?.binding).toBeUndefined();
    await store.commit(done.unit!);
    expect((await store.getNumberSeries("CAMPAIGN"))?.lastNoUsed).toBe("CP0001");
    expect((await store.loadRows("campaign")).map((c) => c.no)).toEqual(["CP0001"]);
  });

  test("numbers already taken by stored campaigns are skipped", async () => {
    await seedCampaign("CP0001", "r1");
    await seedCampaign("CP0002", "r2");
    expect(resultOf(await save(blank())).saved?.no).toBe("CP0003");
  });

  test("codes are normalised and the description trimmed, as in the sheet", async () => {
    const saved = resultOf(
      await save(blank({ no: " cp0007 ", description: "  Spring  ", statusCode: "planned " })),
    ).saved;
    expect([saved?.no, saved?.description, saved?.statusCode]).toEqual(["CP0007", "Spring", "PLANNED"]);
  });

  test("the card's table learns the new row id, so its next reconcile does not take it for a deleted row", async () => {
    await store.putBinding({
      id: "CampaignTable",
      entity: "campaign",
      sheetName: "Campaigns",
      schemaVersion: 1,
      seen: { r0: "" },
    });
    const done = await save(blank(), null, "CampaignTable");
    expect(Object.keys(done.unit?.binding?.seen ?? {})).toEqual(["r0", "row1"]);
    expect(done.unit?.log.bindingId).toBe("CampaignTable");
  });

  test("a typed no. is refused when series CAMPAIGN does not allow manual numbers; a blank one is numbered", async () => {
    store.close();
    await open(false);
    const refused = await save(blank({ no: "CP0100" }));
    expect(refused.unit).toBeNull();
    expect(resultOf(refused)).toMatchObject({ ok: false, changes: [] });
    expect(resultOf(refused).issues.map((i) => [i.row, i.field, i.code])).toEqual([[0, "no", "MANUAL_NO_NOT_ALLOWED"]]);
    expect(refused.outcome.changes).toEqual([]);
    expect(resultOf(await save(blank())).saved?.no).toBe("CP0001");
  });

  test("validation issues come back on row 0 and nothing is stored", async () => {
    const done = await save(blank({ statusCode: "NOPE", startingDate: "2026-05-01", endingDate: "2026-04-01" }));
    expect(done.unit).toBeNull();
    expect(resultOf(done).ok).toBe(false);
    expect(
      resultOf(done)
        .issues.map((i) => [i.row, i.field, i.code])
        .sort(),
    ).toEqual([
      [0, "endingDate", "CAMPAIGN_DATES_ORDER"],
      [0, "statusCode", "UNKNOWN_STATUS"],
    ]);
    expect(await store.loadRows("campaign")).toEqual([]);
  });

  test("a no. another stored campaign has is a duplicate", async () => {
    await seedCampaign("CP0005", "r5");
    const issues = resultOf(await save(blank({ no: "CP0005" }))).issues;
    expect(issues.map((i) => [i.field, i.code])).toEqual([["no", "DUPLICATE_KEY"]]);
  });
});

describe("an existing campaign", () => {
  const dates = { startingDate: "2026-09-01", endingDate: "2026-11-30" };
  beforeEach(async () => {
    await open();
    await seedCampaign("CP0003", "c3", { description: "Autumn", ...dates, statusCode: "PLANNED" });
    await commitRows(store, "salesPrice", [
      toStoredRow("salesPrice", salesPriceRecord("p1", dates), "p1", 1),
      toStoredRow("salesPrice", salesPriceRecord("p2", { ...dates, salesCode: "CP0004" }), "p2", 1),
    ]);
    await commitRows(store, "salesLineDiscount", [
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d1", dates), "d1", 1),
    ]);
  });
  const stored = async () => (await store.loadRows("campaign")).find((c) => c.rowId === "c3")!;

  test("an edit keeps the row id, bumps the version and stamps today; nothing else changes", async () => {
    const done = await save({ ...(await stored()), description: "Autumn sale" }, "c3");
    expect(resultOf(done).saved).toMatchObject({
      rowId: "c3",
      rowVersion: 2,
      description: "Autumn sale",
      lastDateModified: TODAY,
    });
    expect(done.unit?.deletes).toEqual([]);
    expect(done.unit?.cascade).toBeUndefined();
    expect(done.unit?.numberSeries).toBeUndefined();
    expect(resultOf(done).changes).toEqual(["campaign"]);
  });

  test("saving the same content keeps the last date modified", async () => {
    const done = await save(await stored(), "c3");
    expect(resultOf(done).saved?.lastDateModified).toBe("2026-01-01");
  });

  test("keeping its no. is fine even when the series forbids manual numbers", async () => {
    await commitRows(store, "numberSeries", [
      seriesRow({ code: "CAMPAIGN", startingNo: "CP0001", lastNoUsed: "", manualNos: false }),
    ]);
    const done = await save({ ...(await stored()), description: "x" }, "c3");
    expect(resultOf(done).ok).toBe(true);
  });

  test("new dates re-date the campaign's price and discount lines in the same unit", async () => {
    const done = await save({ ...(await stored()), endingDate: "2026-12-31" }, "c3");
    expect(resultOf(done).changes).toEqual(["campaign", "salesPrice", "salesLineDiscount"]);
    expect(done.outcome.changes).toEqual(["campaign", "salesPrice", "salesLineDiscount"]);
    const prices = done.unit?.cascade?.find((c) => c.entity === "salesPrice");
    expect(prices?.puts.map((p) => [p.rowId, (p as { endingDate: string }).endingDate, p.rowVersion])).toEqual([
      ["p1", "2026-12-31", 2],
    ]);
    await store.commit(done.unit!);
    const lines = await store.loadRows("salesLineDiscount");
    expect(lines.map((l) => [l.rowId, l.startingDate, l.endingDate])).toEqual([["d1", "2026-09-01", "2026-12-31"]]);
    expect((await store.loadRows("salesPrice")).find((l) => l.rowId === "p2")?.endingDate).toBe("2026-11-30");
  });

  test("a new no. is a put of the same row (ST15) and moves the lines to the new number", async () => {
    const done = await save({ ...(await stored()), no: "CP0033" }, "c3");
    expect(done.unit?.deletes).toEqual([]);
    await store.commit(done.unit!);
    expect((await store.loadRows("campaign")).map((c) => [c.rowId, c.no])).toEqual([["c3", "CP0033"]]);
    const codes = (await store.loadRows("salesPrice")).map((l) => [l.rowId, l.salesCode]).sort();
    expect(codes).toEqual([
      ["p1", "CP0033"],
      ["p2", "CP0004"],
    ]);
    expect((await store.loadRows("salesLineDiscount"))[0]?.salesCode).toBe("CP0033");
  });

  test("a row id that no longer exists (deleted meanwhile) is CAMPAIGN_GONE", async () => {
    const done = await save({ ...(await stored()), description: "late edit" }, "gone");
    expect(done.unit).toBeNull();
    const result = resultOf(done);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.field, i.code, i.severity])).toEqual([["no", "CAMPAIGN_GONE", "error"]]);
    expect(result.issues[0]?.message).toContain("CP0003");
  });
});
