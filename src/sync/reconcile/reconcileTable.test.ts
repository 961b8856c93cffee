/**
 * One table's reconcile against a real store (Dexie on fake-indexeddb), without Excel: the plan for the engine
 * and the unit of work with what it does to other records — target groups, a campaign's lines — and a scoped
 * sheet that sees only its own part of an entity.
 */
import type { CampaignTargetGroup, EntityKind } from "../../domain";
import { isoToSerial } from "../../sheets";
import type { StoredRow, SyncStore, UnitOfWork } from "../../store";
import type { CellValue } from "../../workbook";
import { schemaOfBinding, toStoredRow } from "../entities";
import type { BindingScope } from "../entities";
import { reconcileTable } from "./reconcileTable";
import type { TablePlanRequest } from "./reconcileTypes";
import {
  campaignRecord,
  cellsOf,
  commitRows,
  contactRecord,
  customerRecord,
  itemRecord,
  itemUnitRecord,
  mapOf,
  NOW_ISO,
  openSyncStore,
  salesLineDiscountRecord,
  salesPriceRecord,
  segmentHeaderRecord,
  segmentLineRecord,
  TODAY,
} from "../../../test/builders/syncRecords";

let store: SyncStore;
beforeEach(async () => {
  store = await openSyncStore("reconcile-table");
});
afterEach(() => store.close());

const tableId = (entity: EntityKind, scope?: BindingScope) =>
  `${entity}${scope?.campaignNo ?? ""}${scope?.segmentNo ?? ""}-table`;

function requestOf(entity: EntityKind, scope?: BindingScope): TablePlanRequest {
  return {
    bindingId: tableId(entity, scope),
    entity,
    ...(scope ? { scope } : {}),
    sheetName: "Sheet",
    schemaVersion: 1,
    map: mapOf(schemaOfBinding(entity, scope)),
    lang: "en",
    today: TODAY,
    nowIso: NOW_ISO,
    documentId: "doc1",
    bindingRecordId: tableId(entity, scope),
  };
}

/** Cells by field for a table of `entity` (scoped when `scope` is given). */
const cells = (entity: EntityKind, values: Record<string, CellValue>, rowId = "", version = "", scope?: BindingScope) =>
  cellsOf(mapOf(schemaOfBinding(entity, scope)), values, { rowId, version });

function reconcile(entity: EntityKind, body: CellValue[][], scope?: BindingScope) {
  return reconcileTable(store, requestOf(entity, scope), body, () => 0);
}

/** The binding as its last reconcile left it: these rows seen, each with the hash the store holds for it. */
async function seen(entity: EntityKind, rowIds: string[], scope?: BindingScope): Promise<void> {
  const hashes = new Map((await store.loadRows(entity)).map((r) => [r.rowId, r.rowHash]));
  await store.putBinding({
    id: tableId(entity, scope),
    entity,
    sheetName: "Sheet",
    schemaVersion: 1,
    seen: Object.fromEntries(rowIds.map((id) => [id, hashes.get(id) ?? ""])),
  });
}

const tg = (type: CampaignTargetGroup["type"], no: string, campaignNo = "CP0003"): CampaignTargetGroup => ({
  type,
  no,
  campaignNo,
});
const groups = async (campaignNo = "CP0003") =>
  (await store.loadTargetGroups(campaignNo)).map((g) => `${g.type} ${g.no}`).sort();
const cascadeOf = (unit: UnitOfWork | null, entity: EntityKind) => unit?.cascade?.find((c) => c.entity === entity);

describe("customers", () => {
  beforeEach(async () => {
    await commitRows(
      store,
      "contact",
      [contactRecord("C02", "Company"), contactRecord("C03", "Company")].map((c) => toStoredRow("contact", c, c.no, 1)),
      { targetGroups: { puts: [tg("Contact", "C02"), tg("Contact", "C03")], deletes: [] } },
    );
    await commitRows(store, "customer", [toStoredRow("customer", customerRecord("10000"), "k1", 1)]);
    await seen("customer", ["k1"]);
  });

  test("a customer newly linked to a company contact takes over that contact's target-group rows", async () => {
    const body = [
      cells("customer", { no: "10000", name: "Customer 10000", contactNo: "C02" }, "k1", "1"),
      cells("customer", { no: "20000", name: "New" }),
    ];
    const { planned, unit } = await reconcile("customer", body);
    expect(unit?.targetGroups).toEqual({ puts: [tg("Customer", "10000")], deletes: [tg("Contact", "C02")] });
    expect(planned.changes).toEqual(["customer"]);
    expect(planned.hasUnit).toBe(true);
    await store.commit(unit!);
    expect(await groups()).toEqual(["Contact C03", "Customer 10000"]);
  });

  test("a customer whose link did not change leaves the target groups alone", async () => {
    await commitRows(store, "customer", [toStoredRow("customer", customerRecord("10000", "C02"), "k1", 2)]);
    const body = [cells("customer", { no: "10000", name: "Renamed", contactNo: "C02" }, "k1", "2")];
    const { unit } = await reconcile("customer", body);
    expect(unit?.puts.map((p) => (p as StoredRow<"customer">).name)).toEqual(["Renamed"]);
    expect(unit?.targetGroups).toBeUndefined();
  });
});

describe("segment lines", () => {
  const scope = { segmentNo: "SEG0001" };
  const line = (contactNo: string, extra: Record<string, CellValue> = {}, rowId = "", version = "") =>
    cells("segmentLine", { contactNo, ...extra }, rowId, version, scope);
  const shownL1 = () => line("C02", { contactCompanyNo: "C02", campaignNo: "CP0003", campaignTarget: true }, "L1", "1");

  async function seed(activated: boolean) {
    await commitRows(store, "campaign", [toStoredRow("campaign", campaignRecord("CP0003"), "c3", 1)]);
    const contacts = [
      contactRecord("C02", "Company"),
      contactRecord("C03", "Company"),
      contactRecord("P03", "Person", "C03"),
    ];
    await commitRows(
      store,
      "contact",
      contacts.map((c) => toStoredRow("contact", c, c.no, 1)),
      activated ? { targetGroups: { puts: [tg("Contact", "C02")], deletes: [] } } : {},
    );
    const l1 = segmentLineRecord("SEG0001", 10000, "C02", "C02", { campaignNo: "CP0003", campaignTarget: true });
    const header = segmentHeaderRecord("SEG0001", { campaignNo: "CP0003", campaignTarget: true });
    await commitRows(store, "segmentLine", [toStoredRow("segmentLine", l1, "L1", 1)]);
    await commitRows(store, "segmentHeader", [toStoredRow("segmentHeader", header, "H1", 1)]);
    await seen("segmentLine", ["L1"], scope);
  }

  test("a new targeted line adds its company to an activated campaign's target group", async () => {
    await seed(true);
    const { planned, unit } = await reconcile("segmentLine", [shownL1(), line("P03")], scope);
    expect(
      unit?.puts.map((p) => {
        const l = p as StoredRow<"segmentLine">;
        return [l.rowId.startsWith("r"), l.lineNo, l.contactNo, l.contactCompanyNo, l.campaignTarget];
      }),
    ).toEqual([[true, 20000, "P03", "C03", true]]);
    expect(unit?.targetGroups).toEqual({ puts: [tg("Contact", "C03")], deletes: [] });
    expect(planned.changes).toEqual(["segmentLine"]);
    expect(planned.issues).toEqual([]);
    await store.commit(unit!);
    expect(await groups()).toEqual(["Contact C02", "Contact C03"]);
  });

  test("removing a company's last line removes its row from the activated campaign", async () => {
    await seed(true);
    const { unit } = await reconcile("segmentLine", [line("C03")], scope);
    expect(unit?.deletes).toEqual(["L1"]);
    expect(unit?.targetGroups).toEqual({ puts: [tg("Contact", "C03")], deletes: [tg("Contact", "C02")] });
    await store.commit(unit!);
    expect(await groups()).toEqual(["Contact C03"]);
  });

  test("a campaign that is not activated gets no target-group rows", async () => {
    await seed(false);
    const { unit } = await reconcile("segmentLine", [shownL1(), line("P03")], scope);
    expect(unit?.puts).toHaveLength(1);
    expect(unit?.targetGroups).toBeUndefined();
  });
});

describe("campaigns and their lines", () => {
  const campaignRow = (no: string, startingDate: string, endingDate: string) =>
    cells("campaign", { no, description: "Autumn", startingDate, endingDate }, "c3", "1");

  beforeEach(async () => {
    const dates = { startingDate: "2026-09-01", endingDate: "2026-11-30" };
    await commitRows(store, "campaign", [
      toStoredRow("campaign", campaignRecord("CP0003", { description: "Autumn", ...dates }), "c3", 1),
      toStoredRow("campaign", campaignRecord("CP0004", dates), "c4", 1),
    ]);
    await commitRows(store, "salesPrice", [
      toStoredRow("salesPrice", salesPriceRecord("p1", dates), "p1", 1),
      toStoredRow("salesPrice", salesPriceRecord("p2", { ...dates, minimumQuantity: 5 }), "p2", 1),
      toStoredRow("salesPrice", salesPriceRecord("p3", { ...dates, salesCode: "CP0004" }), "p3", 1),
    ]);
    await commitRows(store, "salesLineDiscount", [
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d1", dates), "d1", 1),
    ]);
    await seen("campaign", ["c3", "c4"]);
  });

  const lineDates = async (entity: "salesPrice" | "salesLineDiscount") =>
    (await store.loadRows(entity))
      .map((l) => [l.rowId, l.salesCode, l.startingDate, l.endingDate, l.rowVersion])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  const c4Row = () =>
    cells(
      "campaign",
      {
        no: "CP0004",
        description: "Campaign CP0004",
        startingDate: "2026-09-01",
        endingDate: "2026-11-30",
        lastDateModified: "2026-01-01",
      },
      "c4",
      "1",
    );

  test("new dates re-date the campaign's price and discount lines in the same unit", async () => {
    const { planned, unit } = await reconcile("campaign", [campaignRow("CP0003", "2026-10-01", "2026-12-31"), c4Row()]);
    expect(planned.changes).toEqual(["campaign", "salesPrice", "salesLineDiscount"]);
    expect(
      cascadeOf(unit, "salesPrice")
        ?.puts.map((p) => p.rowId)
        .sort(),
    ).toEqual(["p1", "p2"]);
    expect(cascadeOf(unit, "salesLineDiscount")?.puts.map((p) => p.rowId)).toEqual(["d1"]);
    expect(planned.rowIndexById.get("c3")).toBe(0);
    await store.commit(unit!);
    expect(await lineDates("salesPrice")).toEqual([
      ["p1", "CP0003", "2026-10-01", "2026-12-31", 2],
      ["p2", "CP0003", "2026-10-01", "2026-12-31", 2],
      ["p3", "CP0004", "2026-09-01", "2026-11-30", 1],
    ]);
    expect(await lineDates("salesLineDiscount")).toEqual([["d1", "CP0003", "2026-10-01", "2026-12-31", 2]]);
  });

  test("a new number re-keys the lines; the campaign's row is put with it (kept by row id, ST15)", async () => {
    const { planned, unit } = await reconcile("campaign", [campaignRow("CP0033", "2026-09-01", "2026-11-30"), c4Row()]);
    expect(unit?.deletes).toEqual([]);
    expect(planned.changes).toEqual(["campaign", "salesPrice", "salesLineDiscount"]);
    await store.commit(unit!);
    expect((await lineDates("salesPrice")).map((l) => [l[0], l[1]])).toEqual([
      ["p1", "CP0033"],
      ["p2", "CP0033"],
      ["p3", "CP0004"],
    ]);
    expect((await store.loadRows("campaign")).map((c) => c.no).sort()).toEqual(["CP0004", "CP0033"]);
  });

  test("[CD1] a campaign deleted from its sheet is put back and asked about, with the number of its lines", async () => {
    const { planned, unit } = await reconcile("campaign", [c4Row()]);
    expect(unit?.deletes ?? []).toEqual([]);
    expect(unit?.binding?.confirmDelete).toEqual(["c3"]);
    expect(planned.issues.map((i) => [i.code, i.rowKey, i.conflict?.suggestion])).toEqual([
      ["CONFLICT_CASCADE", "CP0003", "3"],
    ]);
    expect(planned.counts.appended).toBe(1);
  });

  test("[CD1] a confirmed delete of a campaign from its sheet takes its lines along", async () => {
    const request = { ...requestOf("campaign"), resolutions: { c3: { delete: true as const } } };
    const { planned, unit } = await reconcileTable(store, request, [c4Row()], () => 0);
    expect(unit?.deletes).toEqual(["c3"]);
    expect(cascadeOf(unit, "salesPrice")?.deletes?.slice().sort()).toEqual(["p1", "p2"]);
    expect(cascadeOf(unit, "salesLineDiscount")?.deletes).toEqual(["d1"]);
    expect(planned.counts.deletes).toBe(1);
    await store.commit(unit!);
    expect((await lineDates("salesPrice")).map((l) => l[0])).toEqual(["p3"]);
    expect(await store.loadRows("salesLineDiscount")).toEqual([]);
  });

  test("an activated campaign deleted from its sheet is written back with the refusal; nothing is stored", async () => {
    await commitRows(store, "campaign", [], { targetGroups: { puts: [tg("Customer", "10000")], deletes: [] } });
    const { planned, unit } = await reconcile("campaign", [c4Row()]);
    expect(unit).toBeNull();
    expect(planned.hasUnit).toBe(false);
    expect(planned.changes).toEqual([]);
    expect(planned.issues.map((i) => [i.rowIndex, i.code, i.rowKey])).toEqual([
      [1, "CAMPAIGN_ACTIVATED_NO_DELETE", "CP0003"],
    ]);
    expect(planned.counts.appended).toBe(1);
    expect(planned.blocks.find((b) => b.rowIndex === 1)?.values[0]?.[0]).toBe("CP0003");
  });

  test("an unchanged table plans no unit and no changes", async () => {
    const body = [
      cells(
        "campaign",
        {
          no: "CP0003",
          description: "Autumn",
          startingDate: "2026-09-01",
          endingDate: "2026-11-30",
          lastDateModified: "2026-01-01",
        },
        "c3",
        "1",
      ),
      c4Row(),
    ];
    const { planned, unit } = await reconcile("campaign", body);
    expect(unit).toBeNull();
    expect(planned).toMatchObject({ hasUnit: false, changes: [], counts: { rows: 2, valid: 2, puts: 0, deletes: 0 } });
  });
});

describe("a scoped sheet: one campaign's discounts", () => {
  const scope = { campaignNo: "CP0003" };
  const dates = { startingDate: "2026-09-01", endingDate: "2026-11-30" };
  const line = (values: Record<string, CellValue>, rowId = "", version = "") =>
    cells(
      "salesLineDiscount",
      { type: "Item", code: "I1", unitOfMeasureCode: "PCS", ...values },
      rowId,
      version,
      scope,
    );

  beforeEach(async () => {
    await commitRows(store, "campaign", [
      toStoredRow("campaign", campaignRecord("CP0003", dates), "c3", 1),
      toStoredRow("campaign", campaignRecord("CP0004", dates), "c4", 1),
    ]);
    await commitRows(store, "item", [toStoredRow("item", itemRecord("I1"), "i1", 1)]);
    await commitRows(store, "itemUnitOfMeasure", [
      toStoredRow("itemUnitOfMeasure", itemUnitRecord("I1", "PCS"), "u1", 1),
    ]);
    await commitRows(store, "salesLineDiscount", [
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d1", dates), "d1", 1),
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d2", { ...dates, minimumQuantity: 1 }), "d2", 1),
      toStoredRow("salesLineDiscount", salesLineDiscountRecord("d3", { ...dates, salesCode: "CP0004" }), "d3", 1),
    ]);
    await seen("salesLineDiscount", ["d1", "d2"], scope);
  });

  test("it sees and deletes only its own lines; a new line is the campaign's, with the campaign's dates", async () => {
    const body = [
      line({ minimumQuantity: 0, lineDiscountPct: 10 }, "d1", "1"),
      line({ minimumQuantity: 5, lineDiscountPct: 25 }),
    ];
    const { planned, unit } = await reconcile("salesLineDiscount", body, scope);
    expect(unit?.deletes).toEqual(["d2"]);
    const newId = unit?.puts[0]?.rowId ?? "";
    // A new row's id derives from the document, the binding and the row's cells (co-authors name it alike).
    expect(newId).toMatch(/^r[0-9a-f]{16}$/);
    expect(unit?.puts).toEqual([
      expect.objectContaining({
        rowId: newId,
        id: newId,
        salesType: "Campaign",
        salesCode: "CP0003",
        lineDiscountPct: 25,
        ...dates,
      }),
    ]);
    expect(Object.keys(unit?.binding?.seen ?? {})).toEqual(["d1", newId]);
    expect(planned.counts).toMatchObject({ rows: 2, valid: 2, puts: 1, deletes: 1, appended: 0 });
    expect(planned.changes).toEqual(["salesLineDiscount"]);
    // Only the campaign table's plan carries row positions.
    expect(planned.rowIndexById.size).toBe(0);
    await store.commit(unit!);
    expect((await store.loadRows("salesLineDiscount")).map((l) => l.rowId).sort()).toEqual(["d1", "d3", newId].sort());
  });

  test("the read-only date cells are written from the campaign", async () => {
    const body = [
      line({ minimumQuantity: 0, lineDiscountPct: 10 }, "d1", "1"),
      line({ minimumQuantity: 1, lineDiscountPct: 10 }, "d2", "1"),
    ];
    const { planned, unit } = await reconcile("salesLineDiscount", body, scope);
    expect(unit).toBeNull();
    const map = mapOf(schemaOfBinding("salesLineDiscount", scope));
    const start = map.fields.get("startingDate")!;
    const [block] = planned.blocks;
    expect(block?.rowIndex).toBe(0);
    expect(block?.values).toHaveLength(2);
    expect(block?.colIndex).toBe(start);
    expect(block?.values.map((v) => v.slice(0, 2))).toEqual([
      [isoToSerial("2026-09-01"), isoToSerial("2026-11-30")],
      [isoToSerial("2026-09-01"), isoToSerial("2026-11-30")],
    ]);
    // The row base is written too: the content hash the store holds for each line.
    const stored = new Map((await store.loadRows("salesLineDiscount")).map((r) => [r.rowId, r.rowHash]));
    expect(block?.values.map((v) => v[map.rowBase - start])).toEqual([stored.get("d1"), stored.get("d2")]);
  });

  test("[SP25] an edit's plan loads history only for the body rows it is told to look at", async () => {
    const map = mapOf(schemaOfBinding("salesLineDiscount", scope));
    const body = [
      line({ minimumQuantity: 0, lineDiscountPct: 10 }, "d1", "1"),
      line({ minimumQuantity: 1, lineDiscountPct: 10 }, "d2", "1"),
    ];
    for (const row of body) row[map.rowBase] = "not-its-hash";
    const asked: string[][] = [];
    const spy = {
      ...store,
      loadHistory: (e: EntityKind, ids: readonly string[]) => (asked.push([...ids]), store.loadHistory(e, ids)),
    };
    const all = await reconcileTable(spy as SyncStore, requestOf("salesLineDiscount", scope), body, () => 0);
    expect(all.historyRows).toEqual([0, 1]);
    const edit = await reconcileTable(
      spy as SyncStore,
      requestOf("salesLineDiscount", scope),
      body,
      () => 0,
      undefined,
      new Set([1]),
    );
    expect(edit.historyRows).toEqual([1]);
    expect(asked).toEqual([["d1", "d2"], ["d2"]]);
  });

  test("a stored line of this campaign that the sheet never showed is appended below it", async () => {
    await seen("salesLineDiscount", ["d1"], scope);
    const { planned, unit } = await reconcile("salesLineDiscount", [line({ lineDiscountPct: 10 }, "d1", "1")], scope);
    expect(planned.counts.appended).toBe(1);
    expect(unit?.deletes).toEqual([]);
    expect(Object.keys(unit?.binding?.seen ?? {})).toEqual(["d1", "d2"]);
    expect(planned.bodyRows).toBe(2);
  });

  test("a table without a store record plans against one made from the request, with nothing seen", async () => {
    const request = { ...requestOf("salesLineDiscount", scope), bindingId: "fresh-table" };
    const { unit } = await reconcileTable(store, { ...request, bindingRecordId: "fresh-table" }, [], () => 0);
    expect(unit?.binding).toMatchObject({
      id: "fresh-table",
      entity: "salesLineDiscount",
      sheetName: "Sheet",
      schemaVersion: 1,
    });
    expect(Object.keys(unit?.binding?.seen ?? {})).toEqual(["d1", "d2"]);
    expect(unit?.deletes).toEqual([]);
  });
});
