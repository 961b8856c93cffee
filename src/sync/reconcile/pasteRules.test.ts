/**
 * What a person pastes into a price sheet is kept exactly or refused with a message they can act on
 * (docs/spec/paste-rules.md, PS rules), at the level of one table's plan.
 */
import type { SalesPrice } from "../../domain";
import { emptyReferenceData } from "../../store";
import type { BindingRecord, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { contentHash, rulesFor } from "../entities";
import type { PlanInput } from "./planInput";
import { planRows } from "./planRows";
import {
  campaignRecord,
  cellsOf,
  mapOf,
  NOW_ISO,
  salesPriceRecord,
  segmentHeaderRecord,
  TODAY,
} from "../../../test/builders/syncRecords";

const rules = rulesFor("salesPrice");
const map = mapOf(rules.schema);
const refs = emptyReferenceData({
  items: new Map([
    ["I1", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "PCS" }],
    ["I2", { baseUnitOfMeasure: "PCS", salesUnitOfMeasure: "PCS" }],
  ]),
  itemUnits: new Map([
    ["I1", new Map([["PCS", 1]])],
    ["I2", new Map([["PCS", 1]])],
  ]),
});

/** A price line for all customers: item, minimum quantity and price as typed. */
function line(itemNo: CellValue, minimumQuantity: CellValue, unitPrice: CellValue = 5, rowId = ""): CellValue[] {
  return cellsOf(
    map,
    { salesType: "All Customers", itemNo, unitOfMeasureCode: "PCS", minimumQuantity, unitPrice },
    { rowId },
  );
}

function storedLine(id: string, overrides: Partial<SalesPrice> = {}): StoredRow<"salesPrice"> {
  const record = salesPriceRecord(id, { salesType: "AllCustomers", salesCode: "", ...overrides });
  return { ...record, rowId: id, rowVersion: 1, rowHash: contentHash(rules.schema, record) };
}

function plan(body: CellValue[][], stored: StoredRow<"salesPrice">[] = []) {
  return planRows(planInput(body, stored));
}

function planInput(body: CellValue[][], stored: StoredRow<"salesPrice">[] = []): PlanInput<"salesPrice"> {
  let n = 0;
  const binding: BindingRecord = {
    id: "b",
    entity: "salesPrice",
    sheetName: "Sales Prices",
    schemaVersion: 1,
    seen: Object.fromEntries(stored.map((s) => [s.rowId, s.rowHash])),
  };
  return {
    bindingId: "b1",
    binding,
    rules,
    schema: rules.schema,
    map,
    body,
    stored,
    tombstones: new Set(),
    refs,
    lang: "en",
    today: TODAY,
    nowIso: NOW_ISO,
    newRowId: () => `new${++n}`,
    history: new Map(),
    resolutions: new Map(),
  };
}

const issuesOf = (p: ReturnType<typeof plan>) => p.issues.map((i) => [i.rowIndex, i.field, i.code, i.severity]);

describe("rows that do not parse", () => {
  test("[PS1] a row whose minimum quantity is text takes no part in duplicate detection; the good rows are stored", () => {
    const p = plan([line("I1", 0), line("I1", "ten"), line("I1", "lots")]);
    expect(issuesOf(p)).toEqual([
      [1, "minimumQuantity", "INVALID_NUMBER", "error"],
      [2, "minimumQuantity", "INVALID_NUMBER", "error"],
    ]);
    expect(p.unit?.puts.map((x) => [x.itemNo, x.minimumQuantity])).toEqual([["I1", 0]]);
  });

  test("[PS1] a row with an unreadable cell outside its key still takes part: its duplicate is named", () => {
    const p = plan([line("I1", 5), line("I1", 5, "cheap")]);
    expect(issuesOf(p).map(([row, field, code]) => [row, field, code])).toEqual([
      [0, "itemNo", "DUPLICATE_PRICE_LINE"],
      [1, "unitPrice", "INVALID_NUMBER"],
      [1, "itemNo", "DUPLICATE_PRICE_LINE"],
    ]);
  });

  test("[PS1] two good rows with one key are still duplicates of each other", () => {
    const p = plan([line("I1", 5), line("I1", "x"), line("I1", 5)]);
    expect(issuesOf(p).map(([row, , code]) => [row, code])).toEqual([
      [0, "DUPLICATE_PRICE_LINE"],
      [1, "INVALID_NUMBER"],
      [2, "DUPLICATE_PRICE_LINE"],
    ]);
  });
});

describe("copied rows carry their hidden row id", () => {
  const original = storedLine("r1", { itemNo: "I1", minimumQuantity: 0, unitOfMeasureCode: "PCS" });

  test("[PS2] a copy pasted above its original with a new key is an insert; the original keeps its id", () => {
    const p = plan([line("I2", 0, 5, "r1"), line("I1", 0, 5, "r1")], [original]);
    expect(p.unit?.puts.map((x) => [x.rowId, x.itemNo, x.rowVersion])).toEqual([["new1", "I2", 1]]);
    expect(p.unit?.deletes).toEqual([]);
    expect(p.rowIndexById.get("r1")).toBe(1);
  });

  test("[PS2] when no row sharing the id equals the stored row, the first in sheet order keeps it", () => {
    const p = plan([line("I2", 0, 5, "r1"), line("I1", 7, 5, "r1")], [original]);
    expect(p.unit?.puts.map((x) => [x.rowId, x.itemNo, x.minimumQuantity])).toEqual([
      ["r1", "I2", 0],
      ["new1", "I1", 7],
    ]);
  });
});

describe("duplicate messages", () => {
  const message = (p: ReturnType<typeof plan>, row: number) => p.issues.find((i) => i.rowIndex === row)?.message;

  test("[PS3] a duplicate names the fields the sheet shows and the other row's number, never an internal key", () => {
    const p = plan([line("I1", 5), line("I2", 0), line("I1", 5)]);
    expect(issuesOf(p)).toEqual([
      [0, "itemNo", "DUPLICATE_PRICE_LINE", "error"],
      [2, "itemNo", "DUPLICATE_PRICE_LINE", "error"],
    ]);
    expect(message(p, 0)).toBe(
      "Row 4 has the same Sales Type All Customers, Item No. I1, Unit of Measure Code PCS, Minimum Quantity 5. " +
        "Change one of the rows, or delete the extra one.",
    );
    expect(message(p, 2)).toContain("Row 2 has the same");
  });

  test("[PS3] the stored row stays stored with the warning 'kept; row N duplicates it'; the new row gets the error", () => {
    const kept = storedLine("r1", { itemNo: "I1", minimumQuantity: 5, unitOfMeasureCode: "PCS" });
    const p = plan([line("I1", 5, 5, "r1"), line("I1", 5, 9)], [kept]);
    expect(issuesOf(p)).toEqual([
      [0, "itemNo", "DUPLICATE_KEPT", "warning"],
      [1, "itemNo", "DUPLICATE_PRICE_LINE", "error"],
    ]);
    expect(message(p, 0)).toMatch(/^Kept; row 3 duplicates it \(the same Sales Type All Customers, Item No\. I1/);
    expect(message(p, 1)).toMatch(/^Not stored: row 2 already has the same .* and is kept\./);
    expect(p.unit?.puts).toEqual([]);
  });

  test("[PS3] rows are numbered as Excel numbers them, below a table that does not start at A1, in Danish too", () => {
    let n = 0;
    const p = planRows({
      ...planInput([line("I1", 1.5), line("I1", 1.5)]),
      headerRow: 4,
      lang: "da",
      newRowId: () => `n${++n}`,
    });
    expect(p.issues.map((i) => i.message)).toEqual([
      "Række 7 har samme Salgstype Alle debitorer, Varenr. I1, Enhedskode PCS, Minimumsantal 1,5. Ret en af rækkerne, eller slet den overskydende.",
      "Række 6 har samme Salgstype Alle debitorer, Varenr. I1, Enhedskode PCS, Minimumsantal 1,5. Ret en af rækkerne, eller slet den overskydende.",
    ]);
  });
});

describe("one message per cause", () => {
  test("[PS4] an unknown contact on a segment line gets one message, not two", () => {
    const lineRules = rulesFor("segmentLine");
    const lineMap = mapOf(lineRules.schema);
    const segments = new Map([["SEG1", segmentHeaderRecord("SEG1")]]);
    const p = planRows({
      ...planInput([]),
      binding: { id: "b", entity: "segmentLine", sheetName: "Segment lines", schemaVersion: 1, seen: {} },
      rules: lineRules,
      schema: lineRules.schema,
      map: lineMap,
      body: [cellsOf(lineMap, { segmentNo: "SEG1", contactNo: "nobody@example.com" })],
      stored: [],
      refs: emptyReferenceData({ segments }),
    } as unknown as PlanInput<"segmentLine">);
    expect(p.issues.map((i) => [i.field, i.code])).toEqual([["contactNo", "UNKNOWN_CONTACT_REFERENCE"]]);
  });
});

describe("read-only and derived columns", () => {
  const campaignRules = rulesFor("campaign");
  const campaignMap = mapOf(campaignRules.schema);
  const storedCampaign = (): StoredRow<"campaign"> => {
    const c = campaignRecord("CP1", { lastDateModified: "2026-01-01" });
    return { ...c, rowId: "r1", rowVersion: 1, rowHash: contentHash(campaignRules.schema, c) };
  };
  function planCampaigns(body: CellValue[][], stored: StoredRow<"campaign">[]) {
    return planRows({
      ...planInput([]),
      binding: {
        id: "b",
        entity: "campaign",
        sheetName: "Campaigns",
        schemaVersion: 1,
        seen: Object.fromEntries(stored.map((s) => [s.rowId, s.rowHash])),
      },
      rules: campaignRules,
      schema: campaignRules.schema,
      map: campaignMap,
      body,
      stored,
    } as unknown as PlanInput<"campaign">);
  }
  const campaignRow = (description: string, lastDateModified: CellValue, rowId = "r1") =>
    cellsOf(campaignMap, { no: "CP1", description, lastDateModified }, { rowId });

  test("[PS8] a value typed into Last Date Modified is not stored, and the status cell names the column and the value", () => {
    const p = planCampaigns([campaignRow("Spring", "2020-05-05")], [storedCampaign()]);
    expect(p.unit?.puts.map((c) => [c.description, c.lastDateModified])).toEqual([["Spring", TODAY]]);
    expect(p.issues.map((i) => [i.field, i.code, i.severity, i.message])).toEqual([
      [
        "lastDateModified",
        "READ_ONLY_VALUE_DISCARDED",
        "warning",
        "‘2020-05-05’ in column ‘Last Date Modified’ is not stored: the add-in fills this column, so the stored value is kept. Change the other columns; leave ‘Last Date Modified’ as it is.",
      ],
    ]);
  });

  test("[PS8] a date serial in the cell is quoted as the date it shows; the add-in's own last value is no paste", () => {
    const typed = planCampaigns([campaignRow("Spring", 45000)], [storedCampaign()]);
    expect(typed.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^‘2023-03-15’ in column/)]);
    const own = planCampaigns([campaignRow("Spring", "2026-01-01")], [storedCampaign()]);
    expect(own.issues).toEqual([]);
  });
});

describe("values Business Central refuses", () => {
  test("[PS9] a price beyond BC's decimal range is refused, not stored; the largest BC takes is stored", () => {
    const p = plan([line("I1", 0, "1234567890123456789"), line("I2", 0, 999_999_999_999_999.99)]);
    expect(issuesOf(p)).toEqual([[0, "unitPrice", "NUMBER_OUT_OF_RANGE", "error"]]);
    expect(p.issues[0]?.message).toBe(
      "Unit price 1234567890123456800 is beyond what Business Central can store (from -999,999,999,999,999.99 to 999,999,999,999,999.99). Enter a smaller number.",
    );
    expect(p.unit?.puts.map((x) => x.itemNo)).toEqual(["I2"]);
  });
});

test("[PS8] a new row carrying a Last Date Modified (a copy, an export) simply takes the add-in's date, without a warning", () => {
  const campaignRules = rulesFor("campaign");
  const campaignMap = mapOf(campaignRules.schema);
  const p = planRows({
    ...planInput([]),
    binding: { id: "b", entity: "campaign", sheetName: "Campaigns", schemaVersion: 1, seen: {} },
    rules: campaignRules,
    schema: campaignRules.schema,
    map: campaignMap,
    body: [cellsOf(campaignMap, { no: "CP7", description: "Copy", lastDateModified: "2020-05-05" })],
    stored: [],
  } as unknown as PlanInput<"campaign">);
  expect(p.issues).toEqual([]);
  expect(p.unit?.puts.map((c) => c.lastDateModified)).toEqual([TODAY]);
});
