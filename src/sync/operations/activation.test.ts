/**
 * Activate and Deactivate through runOperation, over Dexie on fake-indexeddb (domain-rules §4): the plan is
 * held for the person's confirmation, targets become company or customer rows, and deactivation removes the
 * campaign's rows only.
 */
import type { CampaignTargetGroup } from "../../domain";
import type { SyncStore } from "../../store";
import { toStoredRow } from "../entities";
import type { OpRequest, ResultOf } from "./operationTypes";
import { PriceIndexCache } from "./priceCheck";
import { runOperation } from "./runOperation";
import type { OperationOutcome } from "./runOperation";
import {
  campaignRecord,
  commitRows,
  contactRecord,
  counterIds,
  CTX,
  customerRecord,
  openSyncStore,
  salesLineDiscountRecord,
  salesPriceRecord,
  segmentLineRecord,
} from "../../../test/builders/syncRecords";

let store: SyncStore;
afterEach(() => store.close());

beforeEach(async () => {
  store = await openSyncStore("activation");
  await commitRows(store, "campaign", [
    toStoredRow("campaign", campaignRecord("CP0003"), "c3", 1),
    toStoredRow("campaign", campaignRecord("CP0004"), "c4", 1),
  ]);
  const contacts = [
    contactRecord("C01", "Company"),
    contactRecord("P01", "Person", "C01"),
    contactRecord("C02", "Company"),
    contactRecord("C03", "Company"),
    contactRecord("C04", "Company"),
    contactRecord("LONER", "Person", ""),
  ];
  await commitRows(
    store,
    "contact",
    contacts.map((c) => toStoredRow("contact", c, c.no, 1)),
  );
  await commitRows(store, "customer", [toStoredRow("customer", customerRecord("10000", "C01"), "k1", 1)]);
  const line = (n: number, contactNo: string, campaignNo: string, campaignTarget: boolean) =>
    toStoredRow(
      "segmentLine",
      segmentLineRecord("SEG0001", n * 10000, contactNo, "", { campaignNo, campaignTarget }),
      `L${n}`,
      1,
    );
  await commitRows(store, "segmentLine", [
    line(1, "P01", "CP0003", true), // → company C01, linked to customer 10000
    line(2, "C01", "CP0003", true), // the same company again
    line(3, "C02", "CP0003", true),
    line(4, "C03", "CP0003", false), // not a target
    line(5, "C04", "CP0004", true), // another campaign
    line(6, "LONER", "CP0003", true), // a person without a company gives no row
  ]);
});

const run = (request: OpRequest) =>
  runOperation(store, request, CTX, { newId: counterIds(), prices: new PriceIndexCache() });
const activate = (campaignNo: string) => run({ kind: "planActivation", campaignNo });
const deactivate = (campaignNo: string) => run({ kind: "deactivate", campaignNo });

function activation(o: OperationOutcome): ResultOf<"planActivation"> {
  if (o.outcome.kind !== "planActivation") throw new Error(o.outcome.kind);
  return o.outcome.result;
}
function deactivation(o: OperationOutcome): ResultOf<"deactivate"> {
  if (o.outcome.kind !== "deactivate") throw new Error(o.outcome.kind);
  return o.outcome.result;
}
const rowsOf = (rows: readonly CampaignTargetGroup[] | undefined) =>
  (rows ?? []).map((g) => `${g.campaignNo} ${g.type} ${g.no}`).sort();

describe("planActivation", () => {
  test("each targeted company gives one row, as its customer when linked; the unit is held for confirmation", async () => {
    const done = await activate("CP0003");
    expect(done.hold).toBe(true);
    // What the commit would change: the campaign's activation mark, which travels in the workbook.
    expect(done.outcome.changes).toEqual(["campaignActivation"]);
    expect(activation(done)).toEqual({ ok: true, issues: [], needsConfirmation: true, adds: 2 });
    expect(rowsOf(done.unit?.targetGroups?.puts)).toEqual(["CP0003 Contact C02", "CP0003 Customer 10000"]);
    expect(done.unit).toMatchObject({
      entity: "campaignActivation",
      puts: [{ campaignNo: "CP0003", rowVersion: 1 }],
      deletes: [],
      log: { origin: "activate", keys: ["CP0003"], puts: 2, deletes: 0, at: CTX.nowIso },
    });
    expect(done.unit?.targetGroups?.deletes).toEqual([]);
    // Planning stores nothing.
    expect(await store.loadTargetGroups("CP0003")).toEqual([]);
  });

  test("a campaign price means no confirmation is needed", async () => {
    await commitRows(store, "salesPrice", [toStoredRow("salesPrice", salesPriceRecord("p1"), "p1", 1)]);
    expect(activation(await activate("CP0003")).needsConfirmation).toBe(false);
  });

  test("a campaign line discount alone is enough too", async () => {
    await commitRows(store, "salesLineDiscount", [
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d1"), "d1", 1),
    ]);
    expect(activation(await activate("CP0003")).needsConfirmation).toBe(false);
  });

  test("another campaign's prices, or a customer price with the same code, do not count", async () => {
    await commitRows(store, "salesPrice", [
      toStoredRow("salesPrice", salesPriceRecord("p1", { salesCode: "CP0004" }), "p1", 1),
      toStoredRow("salesPrice", salesPriceRecord("p2", { salesType: "Customer", salesCode: "CP0003" }), "p2", 1),
    ]);
    expect(activation(await activate("CP0003")).needsConfirmation).toBe(true);
  });

  test("activating again adds only what is missing", async () => {
    await store.commit((await activate("CP0003")).unit!);
    const again = await activate("CP0003");
    expect(activation(again)).toMatchObject({ ok: true, adds: 0 });
    expect(again.unit?.targetGroups?.puts).toEqual([]);
    expect(rowsOf(await store.loadTargetGroups("CP0003"))).toEqual(["CP0003 Contact C02", "CP0003 Customer 10000"]);
  });

  test("[IR9] a campaign nothing targets is refused with NOTHING_TARGETED and no unit, after the no-prices question", async () => {
    await commitRows(store, "campaign", [toStoredRow("campaign", campaignRecord("CP0005"), "c5", 1)]);
    const done = await activate("CP0005");
    expect(done.unit).toBeNull();
    const result = activation(done);
    // CP0005 has no prices: the question comes first (BC's order), the error after it.
    expect(result).toMatchObject({ ok: false, needsConfirmation: true, adds: 0 });
    expect(result.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["campaignNo", "NOTHING_TARGETED", "error"],
    ]);
  });
});

describe("deactivate", () => {
  test("removes every row of the campaign and nothing of other campaigns; committed at once", async () => {
    await store.commit((await activate("CP0003")).unit!);
    await store.commit((await activate("CP0004")).unit!);
    const done = await deactivate("CP0003");
    expect(done.hold).toBe(false);
    expect(deactivation(done)).toEqual({ removed: 2 });
    expect(done.unit?.targetGroups?.puts).toEqual([]);
    expect(rowsOf(done.unit?.targetGroups?.deletes)).toEqual(["CP0003 Contact C02", "CP0003 Customer 10000"]);
    expect(done.unit?.log).toMatchObject({ origin: "deactivate", keys: ["CP0003"], deletes: 2 });
    await store.commit(done.unit!);
    expect(await store.loadTargetGroups("CP0003")).toEqual([]);
    expect(rowsOf(await store.loadTargetGroups("CP0004"))).toEqual(["CP0004 Contact C04"]);
  });

  test("a campaign that is not activated has nothing to remove", async () => {
    const done = await deactivate("CP0003");
    expect(deactivation(done)).toEqual({ removed: 0 });
    expect(done.unit).toBeNull();
  });
});
