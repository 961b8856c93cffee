/**
 * What a person pastes into a price sheet is kept exactly or refused with a message they can act on
 * (docs/spec/paste-rules.md, PS rules), at the level of one table's plan.
 */
import type { SalesPrice } from "../../domain";
import { emptyReferenceData } from "../../store";
import type { BindingRecord, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { contentHash, rulesFor } from "../entities";
import { planRows } from "./planRows";
import { cellsOf, mapOf, NOW_ISO, salesPriceRecord, TODAY } from "../../../test/builders/syncRecords";

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
  let n = 0;
  const binding: BindingRecord = {
    id: "b",
    entity: "salesPrice",
    sheetName: "Sales Prices",
    schemaVersion: 1,
    seen: Object.fromEntries(stored.map((s) => [s.rowId, s.rowHash])),
  };
  return planRows({
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
  });
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
