/**
 * Step 5 of planRows as plain data: which valid rows are stored (content hash, versions), which store keys a
 * key change deletes, numbers from the series, and the fields the add-in derives or stamps.
 */
import type { EntityKind, EntityRecords, Issue } from "../../domain";
import { campaignSchema, contactSchema, salesPriceSchema } from "../../sheets";
import { emptyReferenceData } from "../../store";
import type { ReferenceData, StoredRow } from "../../store";
import { contentHash, rulesFor, toStoredRow } from "../entities";
import type { PlanInput } from "./planInput";
import { decidePuts } from "./storeDecisions";
import type { WorkRow } from "./workRows";
import {
  campaignRecord,
  contactRecord,
  counterIds,
  mapOf,
  NOW_ISO,
  salesLineDiscountRecord,
  salesPriceRecord,
  TODAY,
} from "../../../test/builders/syncRecords";

function inputOf<E extends EntityKind>(
  entity: E,
  o: { stored?: StoredRow<E>[]; refs?: ReferenceData; series?: StoredRow<"numberSeries"> } = {},
): PlanInput<E> {
  const rules = rulesFor(entity);
  return {
    bindingId: "b1",
    binding: { id: "b1", entity, sheetName: "Sheet", schemaVersion: 1, seen: {} },
    rules,
    schema: rules.schema,
    map: mapOf(rules.schema),
    body: [],
    stored: o.stored ?? [],
    refs: o.refs ?? emptyReferenceData(),
    series: o.series,
    lang: "en",
    today: TODAY,
    nowIso: NOW_ISO,
    newRowId: counterIds(),
    history: new Map(),
    resolutions: new Map(),
    tombstones: new Set(),
  };
}

function work<R>(rowId: string, record: R, o: Partial<WorkRow<R>> = {}): WorkRow<R> {
  return {
    sheetRow: 0,
    rowId,
    record,
    issues: [],
    current: [],
    autoNumber: false,
    fromStore: false,
    sheetVersion: 0,
    sheetBase: "",
    sheetLineage: [],
    ...o,
  };
}

function decide<E extends EntityKind>(
  entity: E,
  rows: WorkRow<EntityRecords[E]>[],
  o: { stored?: StoredRow<E>[]; refs?: ReferenceData; series?: StoredRow<"numberSeries"> } = {},
) {
  const input = inputOf(entity, o);
  return { input, out: decidePuts(input, rows, new Map((o.stored ?? []).map((s) => [s.rowId, s]))) };
}

const issue = (severity: "error" | "warning"): Issue => ({
  row: 0,
  field: "description",
  code: "X",
  severity,
  params: {},
  message: "x",
});
const series = (lastNoUsed = ""): StoredRow<"numberSeries"> => ({
  rowId: "",
  rowVersion: 0,
  rowHash: "",
  code: "CAMPAIGN",
  startingNo: "CP0001",
  lastNoUsed,
  manualNos: true,
});

describe("what is stored", () => {
  test("an unchanged row (same content hash) is not put, but counts as valid", () => {
    const stored = [toStoredRow("campaign", campaignRecord("CP1"), "r1", 3)];
    const { out } = decide("campaign", [work("r1", campaignRecord("CP1"))], { stored });
    expect(out).toMatchObject({ puts: [], deletes: [], valid: 1 });
  });

  test("a changed row is put with the next version and its content hash; a new row starts at version 1", () => {
    const stored = [toStoredRow("campaign", campaignRecord("CP1"), "r1", 3)];
    const edited = campaignRecord("CP1", { description: "edited" });
    const { out } = decide("campaign", [work("r1", edited), work("new1", campaignRecord("CP2"))], { stored });
    expect(out.puts.map((p) => [p.rowId, p.no, p.description, p.rowVersion])).toEqual([
      ["r1", "CP1", "edited", 4],
      ["new1", "CP2", "Campaign CP2", 1],
    ]);
    expect(out.puts[0]?.rowHash).toBe(contentHash(campaignSchema, out.puts[0]!));
    expect(out.puts[0]?.rowHash).not.toBe(stored[0]?.rowHash);
    expect(out.valid).toBe(2);
  });

  test("[SP55] a row is put as its own record stamped with its id, version and hash, not as a second copy", () => {
    const row = work("new1", campaignRecord("CP2"));
    const { out } = decide("campaign", [row]);
    expect(out.puts).toHaveLength(1);
    expect(out.puts[0]).toBe(row.record);
    expect(out.puts[0]).toMatchObject({ rowId: "new1", no: "CP2", rowVersion: 1 });
  });

  test("a row with an error is neither put nor valid; a row with only a warning is stored", () => {
    const rows = [
      work("new1", campaignRecord("CP1"), { issues: [issue("error")] }),
      work("new2", campaignRecord("CP2"), { issues: [issue("warning")] }),
    ];
    const { out } = decide("campaign", rows);
    expect(out.puts.map((p) => p.no)).toEqual(["CP2"]);
    expect(out.valid).toBe(1);
  });

  test("a read-only column (Last Date Modified) typed over is no change", () => {
    const stored = [toStoredRow("campaign", campaignRecord("CP1", { lastDateModified: "2026-01-01" }), "r1", 2)];
    const row = work("r1", campaignRecord("CP1", { lastDateModified: "1999-12-31" }));
    const { out } = decide("campaign", [row], { stored });
    expect(out.puts).toEqual([]);
    // The row shows the stored date again.
    expect(row.record.lastDateModified).toBe("2026-01-01");
  });

  test("[RP7] a campaign's changed no. is a put of the same row (campaigns are kept by row id, ST15)", () => {
    const stored = [toStoredRow("campaign", campaignRecord("CP1"), "r1", 1)];
    const { out } = decide("campaign", [work("r1", campaignRecord("CP5", { description: "Campaign CP1" }))], {
      stored,
    });
    expect(out.deletes).toEqual([]);
    expect(out.puts.map((p) => [p.rowId, p.no, p.rowVersion])).toEqual([["r1", "CP5", 2]]);
  });

  test("lines keyed by their row id delete nothing when they change", () => {
    const stored = [
      toStoredRow(
        "salesLineDiscount",
        salesLineDiscountRecord("d1", { salesType: "AllCustomers", salesCode: "" }),
        "d1",
        1,
      ),
    ];
    const edited = {
      ...salesLineDiscountRecord("d1", { salesType: "AllCustomers", salesCode: "" }),
      lineDiscountPct: 30,
    };
    const { out } = decide("salesLineDiscount", [work("d1", edited)], { stored });
    expect(out.deletes).toEqual([]);
    expect(out.puts.map((p) => [p.id, p.lineDiscountPct, p.rowVersion])).toEqual([["d1", 30, 2]]);
  });
});

describe("numbers from the series", () => {
  test("blank keys are numbered in row order, skipping keys typed in the batch or stored", () => {
    const stored = [toStoredRow("campaign", campaignRecord("CP0001"), "r0", 1)];
    const rows = [
      work("r0", campaignRecord("CP0001")),
      work("new1", campaignRecord("", { description: "a" }), { autoNumber: true }),
      work("new2", campaignRecord("CP0003")),
      work("new3", campaignRecord("", { description: "b" }), { autoNumber: true }),
    ];
    const given = series();
    const { out } = decide("campaign", rows, { stored, series: given });
    expect(out.puts.map((p) => [p.description, p.no])).toEqual([
      ["a", "CP0002"],
      ["Campaign CP0003", "CP0003"],
      ["b", "CP0004"],
    ]);
    expect(out.series).toEqual({ ...given, lastNoUsed: "CP0004" });
    expect(given.lastNoUsed).toBe(""); // the input series is not changed in place
  });

  test("a row with an error takes no number, so the numbers stay consecutive", () => {
    const rows = [
      work("new1", campaignRecord(""), { autoNumber: true, issues: [issue("error")] }),
      work("new2", campaignRecord(""), { autoNumber: true }),
    ];
    const { out } = decide("campaign", rows, { series: series() });
    expect(rows[0]?.record.no).toBe("");
    expect(out.puts.map((p) => [p.rowId, p.no])).toEqual([["new2", "CP0001"]]);
  });

  test("the series continues from its last number used", () => {
    const rows = [work("new1", campaignRecord(""), { autoNumber: true })];
    const { out } = decide("campaign", rows, { series: series("CP0009") });
    expect(out.puts[0]?.no).toBe("CP0010");
    expect(out.series?.lastNoUsed).toBe("CP0010");
  });

  test("when nothing is numbered the series is the very same object", () => {
    const given = series("CP0009");
    const { out } = decide("campaign", [work("new1", campaignRecord("CP7"))], { series: given });
    expect(out.series).toBe(given);
  });
});

describe("derived and stamped fields", () => {
  const refs = emptyReferenceData({
    campaigns: new Map([["CP0003", { startingDate: "2026-09-01", endingDate: "2026-11-30" }]]),
  });

  test("a campaign line takes its campaign's dates; a line for all customers keeps its own", () => {
    const rows = [
      work("p1", salesPriceRecord("p1")),
      work("p2", salesPriceRecord("p2", { salesType: "AllCustomers", salesCode: "", startingDate: "2026-01-01" })),
    ];
    const { out } = decide("salesPrice", rows, { refs });
    expect(out.puts.map((p) => [p.id, p.startingDate, p.endingDate])).toEqual([
      ["p1", "2026-09-01", "2026-11-30"],
      ["p2", "2026-01-01", ""],
    ]);
    expect(out.puts[0]?.rowHash).toBe(contentHash(salesPriceSchema, out.puts[0]!));
  });

  test("[SP56] a line re-dated from its campaign is its own record with the dates set, not a copy of it", () => {
    const record = salesPriceRecord("p1", { startingDate: "", endingDate: "" });
    const row = work("p1", record);
    const { out } = decide("salesPrice", [row], { refs });
    expect(out.puts[0]).toBe(record);
    expect(row.record).toBe(record);
    expect(record).toMatchObject({ startingDate: "2026-09-01", endingDate: "2026-11-30", rowId: "p1", rowVersion: 1 });
    expect(out.puts[0]?.rowHash).toBe(contentHash(salesPriceSchema, record));
  });

  test("a stored campaign line still showing old campaign dates is re-dated with a new version", () => {
    const old = salesPriceRecord("p1", { startingDate: "2026-08-01", endingDate: "2026-08-31" });
    const stored = [toStoredRow("salesPrice", old, "p1", 2)];
    const { out } = decide("salesPrice", [work("p1", { ...old })], { refs, stored });
    expect(out.puts.map((p) => [p.startingDate, p.endingDate, p.rowVersion])).toEqual([
      ["2026-09-01", "2026-11-30", 3],
    ]);
  });

  test("a changed or new campaign is stamped with today; an unchanged one keeps its stored date", () => {
    const stored = [
      toStoredRow("campaign", campaignRecord("CP1", { lastDateModified: "2026-02-02" }), "r1", 1),
      toStoredRow("campaign", campaignRecord("CP2", { lastDateModified: "2026-03-03" }), "r2", 1),
    ];
    const rows = [
      work("r1", campaignRecord("CP1", { lastDateModified: "2026-02-02", description: "changed" })),
      work("r2", campaignRecord("CP2", { lastDateModified: "2026-03-03" })),
      work("new1", campaignRecord("CP3", { lastDateModified: "" })),
    ];
    const { out } = decide("campaign", rows, { stored });
    expect(out.puts.map((p) => [p.no, p.lastDateModified])).toEqual([
      ["CP1", TODAY],
      ["CP3", TODAY],
    ]);
    expect(rows[1]?.record.lastDateModified).toBe("2026-03-03");
  });

  test("a company contact is its own company", () => {
    const company = contactRecord("C01", "Company", "");
    const { out } = decide("contact", [work("c1", company)]);
    expect(out.puts[0]?.companyNo).toBe("C01");
    expect(out.puts[0]?.rowHash).toBe(contentHash(contactSchema, { ...company, companyNo: "C01" }));
  });
});
