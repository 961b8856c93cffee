/**
 * Steps 1–2 of planRows as plain data: parsing the body (ids, copies, rows deleted elsewhere, stale rows),
 * the batch preparation of segment lines, and the stored rows appended below the table.
 */
import type { EntityKind, EntityRecords } from "../../domain";
import { campaignDiscountSchema, campaignSchema, segmentLineSchema } from "../../sheets";
import type { SheetSchema } from "../../sheets";
import { emptyReferenceData } from "../../store";
import type { ReferenceData, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { rulesFor, toStoredRow } from "../entities";
import type { PlanInput } from "./planInput";
import { appendUnseen, parseBody, prepareBatch } from "./workRows";
import {
  campaignRecord,
  cellsOf,
  contactRecord,
  counterIds,
  mapOf,
  NOW_ISO,
  salesLineDiscountRecord,
  segmentHeaderRecord,
  segmentLineRecord,
  TODAY,
} from "../../../test/builders/syncRecords";

interface Options<E extends EntityKind> {
  stored?: StoredRow<E>[];
  seen?: string[];
  refs?: ReferenceData;
  series?: StoredRow<"numberSeries">;
  schema?: SheetSchema<EntityRecords[E]>;
  tombstones?: string[];
}

function inputOf<E extends EntityKind>(entity: E, body: CellValue[][], o: Options<E> = {}): PlanInput<E> {
  const rules = rulesFor(entity);
  const schema = o.schema ?? rules.schema;
  return {
    bindingId: "b1",
    binding: {
      id: "b1",
      entity,
      sheetName: "Sheet",
      schemaVersion: 1,
      seen: Object.fromEntries((o.seen ?? []).map((id) => [id, ""])),
    },
    rules,
    schema,
    map: mapOf(schema),
    body,
    stored: o.stored ?? [],
    refs: o.refs ?? emptyReferenceData(),
    series: o.series,
    lang: "en",
    today: TODAY,
    nowIso: NOW_ISO,
    newRowId: counterIds("new"),
    history: new Map(),
    resolutions: new Map(),
    tombstones: new Set(o.tombstones ?? []),
  };
}

const byId = <E extends EntityKind>(rows: readonly StoredRow<E>[]) => new Map(rows.map((r) => [r.rowId, r]));

// Campaign table rows by field.
const cmap = mapOf(campaignSchema);
const campaignRow = (no: string, description: string, rowId = "", version: CellValue = "", extra = {}, base = "") =>
  cellsOf(cmap, { no, description, ...extra }, { rowId, version, base });
const blankRow = () => cellsOf(cmap, {});
const storedCampaign = (no: string, rowId: string, version = 1, description = `Campaign ${no}`) =>
  toStoredRow("campaign", campaignRecord(no, { description }), rowId, version);

describe("parseBody", () => {
  test("new rows get ids from the id source in order; blank rows are skipped but keep every other row's place", () => {
    const body = [campaignRow("CP1", "a"), blankRow(), campaignRow("CP2", "b"), blankRow()];
    const input = inputOf("campaign", body);
    const parsed = parseBody(input, new Map());
    expect(parsed.rows.map((r) => [r.sheetRow, r.rowId, r.record.no, r.fromStore, r.autoNumber])).toEqual([
      [0, "new1", "CP1", false, false],
      [2, "new2", "CP2", false, false],
    ]);
    expect(parsed.rows[1]?.current).toBe(body[2]);
    expect(parsed.lastUsed).toBe(2);
    expect([...parsed.idsInSheet]).toEqual(["new1", "new2"]);
    expect(parsed.cleared).toEqual([]);
  });

  test("an empty body has no rows and lastUsed -1; a row holding only its hidden id counts as blank", () => {
    expect(parseBody(inputOf("campaign", []), new Map()).lastUsed).toBe(-1);
    const onlyId = cellsOf(cmap, {}, { rowId: "r1", version: "2" });
    const parsed = parseBody(inputOf("campaign", [onlyId], { seen: ["r1"] }), new Map());
    expect(parsed.rows).toEqual([]);
    expect(parsed.cleared).toEqual([]);
    expect(parsed.lastUsed).toBe(-1);
  });

  test("a copied row (the same hidden id twice) keeps the id on the first and gets a fresh id on the copy", () => {
    const stored = [storedCampaign("CP1", "r1")];
    const body = [
      campaignRow("CP1", "x", "r1", "1"),
      campaignRow("CP9", "copy", "r1", "1"),
      campaignRow("CP8", "c2", "r1"),
    ];
    const parsed = parseBody(inputOf("campaign", body, { stored, seen: ["r1"] }), byId(stored));
    expect(parsed.rows.map((r) => [r.rowId, r.record.no, r.fromStore])).toEqual([
      ["r1", "CP1", false],
      ["new1", "CP9", false],
      ["new2", "CP8", false],
    ]);
    expect([...parsed.idsInSheet].sort()).toEqual(["new1", "new2", "r1"]);
  });

  test("[PS2] a new id is never one another row carries: rows of the same text, and an unchanged copy of a row whose id came from its cells", () => {
    const idOf = (text: string, n: number) => `id(${text.length}:${n})`;
    const plain = [campaignRow("CP1", "x"), campaignRow("CP1", "x")];
    const first = parseBody({ ...inputOf("campaign", plain), newRowId: idOf }, new Map());
    const [a, b] = first.rows.map((r) => r.rowId);
    expect(b).not.toBe(a);
    // Both rows written back with those ids, then the first copied below: the copy's cells give the id its original has.
    const body = [campaignRow("CP1", "x", a), campaignRow("CP1", "x", b), campaignRow("CP1", "x", a)];
    const again = parseBody({ ...inputOf("campaign", body), newRowId: idOf }, new Map());
    const ids = again.rows.map((r) => r.rowId);
    expect(ids.slice(0, 2)).toEqual([a, b]);
    expect(new Set(ids).size).toBe(3);
  });

  test("[RP9] a row deleted elsewhere (tombstoned) and as the add-in last wrote it is cleared, not stored again", () => {
    const stored = [storedCampaign("CP2", "r2")];
    const gone = storedCampaign("CP1", "r1", 1, "gone");
    const body = [campaignRow("CP2", "kept", "r2", "1"), campaignRow("CP1", "gone", "r1", "1", {}, gone.rowHash)];
    const input = inputOf("campaign", body, { stored, seen: ["r1", "r2"], tombstones: ["r1"] });
    const parsed = parseBody(input, byId(stored));
    expect(parsed.cleared).toEqual([1]);
    expect(parsed.rows.map((r) => r.rowId)).toEqual(["r2"]);
    expect(parsed.idsInSheet.has("r1")).toBe(false);
    // The cleared row is not "used": rows appended later go right below the kept one.
    expect(parsed.lastUsed).toBe(0);
  });

  test("[RP9] a store that merely lacks a row (no tombstone: new, lost or rebuilt) takes it from the sheet", () => {
    const gone = storedCampaign("CP1", "r1", 4, "gone");
    const body = [campaignRow("CP1", "gone", "r1", "4", {}, gone.rowHash)];
    const parsed = parseBody(inputOf("campaign", body, { seen: ["r1"] }), new Map());
    expect(parsed.cleared).toEqual([]);
    expect(parsed.rows.map((r) => [r.rowId, r.sheetVersion, r.sheetBase])).toEqual([["r1", 4, gone.rowHash]]);
  });

  test("[RP9] a tombstoned row edited since the add-in wrote it is kept (the edit is not lost)", () => {
    const gone = storedCampaign("CP1", "r1", 1, "gone");
    const body = [campaignRow("CP1", "edited after", "r1", "1", {}, gone.rowHash)];
    const parsed = parseBody(inputOf("campaign", body, { seen: ["r1"], tombstones: ["r1"] }), new Map());
    expect(parsed.cleared).toEqual([]);
    expect(parsed.rows.map((r) => r.rowId)).toEqual(["r1"]);
  });

  test("a row with a hidden id this table never showed (pasted from elsewhere) is a new row under that id", () => {
    const body = [campaignRow("CP7", "pasted", "foreign", "4")];
    const parsed = parseBody(inputOf("campaign", body, { seen: ["r1"] }), new Map());
    expect(parsed.cleared).toEqual([]);
    expect(parsed.rows.map((r) => [r.rowId, r.record.no, r.fromStore])).toEqual([["foreign", "CP7", false]]);
  });

  test("a seen row without a version (typed over) whose record is gone is kept as a row, not cleared", () => {
    const body = [campaignRow("CP1", "retyped", "r1", "")];
    const parsed = parseBody(inputOf("campaign", body, { seen: ["r1"] }), new Map());
    expect(parsed.cleared).toEqual([]);
    expect(parsed.rows.map((r) => r.rowId)).toEqual(["r1"]);
  });

  test("a stale row (older version than stored) takes the store's values and drops its own issues", () => {
    const stored = [storedCampaign("CP1", "r1", 3, "from the card")];
    const body = [campaignRow("CP1", "typed earlier", "r1", "2", { startingDate: "someday" })];
    const parsed = parseBody(inputOf("campaign", body, { stored, seen: ["r1"] }), byId(stored));
    const [row] = parsed.rows;
    expect(row?.fromStore).toBe(true);
    expect(row?.issues).toEqual([]);
    expect(row?.record).toEqual(campaignRecord("CP1", { description: "from the card" }));
    expect(row?.record).not.toHaveProperty("rowVersion");
  });

  test("a row at the stored version (or newer) is read from its cells", () => {
    const stored = [storedCampaign("CP1", "r1", 3, "stored")];
    const body = [
      campaignRow("CP1", "edited", "r1", "3", { startingDate: "someday" }),
      campaignRow("CP2", "newer", "r2", "9"),
    ];
    const parsed = parseBody(inputOf("campaign", body, { stored, seen: ["r1"] }), byId(stored));
    expect(parsed.rows.map((r) => [r.record.description, r.fromStore])).toEqual([
      ["edited", false],
      ["newer", false],
    ]);
    expect(parsed.rows[0]?.issues.map((i) => [i.field, i.code])).toEqual([["startingDate", "INVALID_DATE"]]);
  });

  describe("a scoped sheet keyed by row id (one campaign's discounts)", () => {
    const schema = campaignDiscountSchema("CP0003");
    const dmap = mapOf(schema);
    const refs = emptyReferenceData({
      items: new Map([
        ["I1", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "BOX" }],
        ["I2", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "PCS" }],
      ]),
    });
    const line = (code: string, unit: string, rowId = "", version = "") =>
      cellsOf(dmap, { type: "Item", code, unitOfMeasureCode: unit, lineDiscountPct: 10 }, { rowId, version });
    const stored = (rowId: string, code: string, unit: string) =>
      toStoredRow("salesLineDiscount", salesLineDiscountRecord(rowId, { code, unitOfMeasureCode: unit }), rowId, 1);

    test("the key is the row id, the sheet's fixed fields are set, a new line takes the item's sales unit", () => {
      const parsed = parseBody(inputOf("salesLineDiscount", [line("I1", "")], { schema, refs }), new Map());
      expect(parsed.rows[0]?.record).toMatchObject({
        id: "new1",
        salesType: "Campaign",
        salesCode: "CP0003",
        code: "I1",
        unitOfMeasureCode: "BOX",
      });
    });

    test("a stored line keeps a blank unit for the same item; a line given another item takes that item's unit", () => {
      const rows = [stored("s1", "I1", ""), stored("s2", "I2", "PCS")];
      const body = [line("I1", "", "s1", "1"), line("I1", "", "s2", "1")];
      const parsed = parseBody(inputOf("salesLineDiscount", body, { schema, refs, stored: rows }), byId(rows));
      expect(parsed.rows.map((r) => [r.record.id, r.record.unitOfMeasureCode])).toEqual([
        ["s1", ""],
        ["s2", "BOX"],
      ]);
    });
  });
});

describe("prepareBatch", () => {
  const schema = segmentLineSchema("SEG0001");
  const smap = mapOf(schema);
  const refs = emptyReferenceData({
    contacts: new Map(
      [contactRecord("C01", "Company"), contactRecord("P01", "Person", "C01"), contactRecord("C02", "Company")].map(
        (c) => [c.no, c],
      ),
    ),
    segments: new Map([
      ["SEG0001", segmentHeaderRecord("SEG0001", { campaignNo: "CP0003", campaignTarget: true, unitCost: 2.5 })],
    ]),
  });
  const storedLine = toStoredRow("segmentLine", segmentLineRecord("SEG0001", 30000, "C02", "C02"), "L1", 1);

  test("new lines are numbered after the stored ones, resolve e-mails, take their company and the header's defaults", () => {
    const body = [cellsOf(smap, { contactNo: "p01@example.com" }), cellsOf(smap, { contactNo: "c01" })];
    const input = inputOf("segmentLine", body, { schema, refs, stored: [storedLine] });
    const parsed = parseBody(input, byId([storedLine]));
    prepareBatch(input, parsed.rows, byId([storedLine]));
    expect(
      parsed.rows.map((r) => [r.record.contactNo, r.record.contactCompanyNo, r.record.lineNo, r.record.cost]),
    ).toEqual([
      ["P01", "C01", 40000, 2.5],
      ["C01", "C01", 50000, 2.5],
    ]);
    expect(parsed.rows[0]?.record).toMatchObject({ segmentNo: "SEG0001", campaignNo: "CP0003", campaignTarget: true });
    expect(parsed.rows.every((r) => r.issues.length === 0)).toBe(true);
  });

  test("an unknown contact reference is an issue on its row only; a stored line keeps its line no.", () => {
    const body = [
      cellsOf(smap, { contactNo: "C02", cost: 7 }, { rowId: "L1", version: "1" }),
      cellsOf(smap, { contactNo: "nobody@nowhere" }),
    ];
    const input = inputOf("segmentLine", body, { schema, refs, stored: [storedLine], seen: ["L1"] });
    const parsed = parseBody(input, byId([storedLine]));
    prepareBatch(input, parsed.rows, byId([storedLine]));
    expect(parsed.rows.map((r) => [r.rowId, r.record.lineNo, r.record.cost])).toEqual([
      ["L1", 30000, 7],
      ["new1", 40000, 2.5],
    ]);
    expect(parsed.rows[0]?.issues).toEqual([]);
    expect(parsed.rows[1]?.issues.map((i) => [i.field, i.code])).toEqual([["contactNo", "UNKNOWN_CONTACT_REFERENCE"]]);
  });

  test("rows showing the store (stale or appended) are left as stored", () => {
    const stale = { ...storedLine, rowVersion: 2 };
    const body = [cellsOf(smap, { contactNo: "someone else" }, { rowId: "L1", version: "1" })];
    const input = inputOf("segmentLine", body, { schema, refs, stored: [stale], seen: ["L1"] });
    const parsed = parseBody(input, byId([stale]));
    prepareBatch(input, parsed.rows, byId([stale]));
    expect(parsed.rows[0]?.record.contactNo).toBe("C02");
    expect(parsed.rows[0]?.issues).toEqual([]);
  });

  test("an entity without a batch preparation is left alone", () => {
    const input = inputOf("campaign", [campaignRow("cp1", "a")]);
    const parsed = parseBody(input, new Map());
    const before = parsed.rows[0]?.record;
    prepareBatch(input, parsed.rows, new Map());
    expect(parsed.rows[0]?.record).toBe(before);
  });
});

describe("appendUnseen", () => {
  test("[PN5] stored rows are appended in key order, line numbers compared as numbers, whatever the store's order", () => {
    const line = (lineNo: number, rowId: string) =>
      toStoredRow("segmentLine", segmentLineRecord("SEG1", lineNo, `K${lineNo}`, "K1"), rowId, 1);
    const stored = [line(30000, "a"), line(100000, "b"), line(10000, "c"), line(20000, "d")];
    const input = inputOf("segmentLine", [], { stored, schema: segmentLineSchema("SEG1") });
    const parsed = parseBody(input, byId(stored));
    appendUnseen(input, parsed);
    expect(parsed.rows.map((r) => r.record.lineNo)).toEqual([10000, 20000, 30000, 100000]);
  });

  test("stored rows the table never showed are appended after its last used row, in store order", () => {
    const stored = [storedCampaign("CP1", "r1"), storedCampaign("CP2", "r2"), storedCampaign("CP3", "r3")];
    const body = [campaignRow("CP1", "x", "r1", "1"), blankRow(), campaignRow("CP9", "new")];
    const input = inputOf("campaign", body, { stored, seen: ["r1"] });
    const parsed = parseBody(input, byId(stored));
    const result = appendUnseen(input, parsed);
    expect(result).toEqual({ deletes: [], appended: 2, appendAt: 3 });
    const appended = parsed.rows.filter((r) => r.current === null);
    expect(appended.map((r) => [r.sheetRow, r.rowId, r.record.no, r.fromStore, r.issues])).toEqual([
      [3, "r2", "CP2", true, []],
      [4, "r3", "CP3", true, []],
    ]);
    expect(appended[0]?.record).not.toHaveProperty("rowHash");
  });

  test("a new table's blank row is reused: rows go in from the top", () => {
    const stored = [storedCampaign("CP1", "r1")];
    const input = inputOf("campaign", [blankRow()], { stored });
    const parsed = parseBody(input, byId(stored));
    expect(appendUnseen(input, parsed)).toEqual({ deletes: [], appended: 1, appendAt: 0 });
    expect(parsed.rows[0]?.sheetRow).toBe(0);
  });

  test("rows seen before and now missing from the table are deleted by their store key", () => {
    const stored = [storedCampaign("CP1", "r1"), storedCampaign("CP2", "r2")];
    const input = inputOf("campaign", [campaignRow("CP2", "x", "r2", "1")], { stored, seen: ["r1", "r2"] });
    const parsed = parseBody(input, byId(stored));
    expect(appendUnseen(input, parsed)).toEqual({ deletes: ["r1"], appended: 0, appendAt: 1 });
    expect(parsed.rows.map((r) => r.rowId)).toEqual(["r2"]);
  });

  test("lines keyed by row id are deleted by their row id", () => {
    const schema = campaignDiscountSchema("CP0003");
    const stored = [toStoredRow("salesLineDiscount", salesLineDiscountRecord("d1"), "d1", 1)];
    const input = inputOf("salesLineDiscount", [], { schema, stored, seen: ["d1"] });
    expect(appendUnseen(input, parseBody(input, byId(stored))).deletes).toEqual(["d1"]);
  });

  test("an activated campaign deleted in the sheet is put back with the refusal; others go", () => {
    const stored = [storedCampaign("CP1", "r1"), storedCampaign("CP2", "r2")];
    const refs = emptyReferenceData({ activatedCampaigns: new Set(["CP1"]) });
    const input = inputOf("campaign", [campaignRow("CP5", "other")], { stored, refs, seen: ["r1", "r2"] });
    const parsed = parseBody(input, byId(stored));
    expect(appendUnseen(input, parsed)).toEqual({ deletes: ["r2"], appended: 1, appendAt: 1 });
    const back = parsed.rows.find((r) => r.rowId === "r1");
    expect(back?.sheetRow).toBe(1);
    expect(back?.current).toBeNull();
    expect(back?.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["no", "CAMPAIGN_ACTIVATED_NO_DELETE", "error"],
    ]);
    expect(back?.issues[0]?.message).toContain("CP1");
  });

  test("an activated campaign never shown in this table is simply appended, without an issue", () => {
    const stored = [storedCampaign("CP1", "r1")];
    const refs = emptyReferenceData({ activatedCampaigns: new Set(["CP1"]) });
    const input = inputOf("campaign", [], { stored, refs });
    const parsed = parseBody(input, byId(stored));
    appendUnseen(input, parsed);
    expect(parsed.rows.map((r) => [r.rowId, r.issues.length])).toEqual([["r1", 0]]);
  });
});
