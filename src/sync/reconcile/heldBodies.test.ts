import type { ColumnMap } from "../../sheets";
import type { CellValue } from "../../workbook";
import { HeldBodies } from "./heldBodies";
import type { TablePlanRequest } from "./reconcileTypes";

const map: ColumnMap = {
  fields: new Map([
    ["code", 0],
    ["pct", 1],
  ]),
  status: 2,
  rowId: 3,
  rowVersion: 4,
  rowBase: 5,
  width: 6,
  extra: [],
};

function request(bindingId = "b1", over: Partial<TablePlanRequest> = {}): TablePlanRequest {
  return {
    bindingId,
    entity: "salesLineDiscount",
    sheetName: "Discounts",
    schemaVersion: 1,
    map,
    headerRow: 0,
    formats: new Map([[1, ["0%", "0%", "0%"]]]),
    errorCells: [[2, 0]],
    lang: "en",
    today: "2026-11-27",
    nowIso: "",
    documentId: "d",
    bindingRecordId: "r",
    ...over,
  };
}

const body = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [`C${i}`, i, "", `id${i}`, 1, ""]);

test("[SP20] the body a plan saw comes back with an edit's rows put in, their formats and error cells", () => {
  const held = new HeldBodies();
  held.keep(request(), body(3));
  const patch = {
    bodyRows: 3,
    rows: [{ index: 2, cells: ["X", 5, "", "id2", 1, ""], formats: ["", "General", "", "", "", ""] }],
    errorCells: [],
    dateCells: [[2, 1] as const],
  };
  const whole = held.patched(request(), patch);
  expect(whole?.body[2]).toEqual(["X", 5, "", "id2", 1, ""]);
  expect(whole?.body[0]).toEqual(["C0", 0, "", "id0", 1, ""]);
  expect(whole?.request.formats?.get(1)).toEqual(["0%", "0%", "General"]);
  expect(whole?.request.errorCells).toBeUndefined(); // the error cell was in the row read again: it is gone
  expect(whole?.request.dateCells).toEqual([[2, 1]]);
});

test("[SP20] no body for another binding, another shape, another row count, a row beyond it, or after forget", () => {
  const held = new HeldBodies();
  held.keep(request(), body(3));
  const patch = { bodyRows: 3, rows: [], errorCells: [], dateCells: [] };
  expect(held.patched(request("b2"), patch)).toBeNull();
  expect(held.patched(request("b1", { headerRow: 4 }), patch)).toBeNull();
  expect(held.patched(request(), { ...patch, bodyRows: 4 })).toBeNull();
  const beyond = { index: 3, cells: ["", "", "", "", "", ""], formats: [] };
  expect(held.patched(request(), { ...patch, rows: [beyond] })).toBeNull();
  held.forget("b1");
  expect(held.patched(request(), patch)).toBeNull();
});

test("[SP20] only entities planned only-what-changed are held, and never more than 250,000 rows in all", () => {
  const held = new HeldBodies();
  const patch = (n: number) => ({ bodyRows: n, rows: [], errorCells: [], dateCells: [] });
  held.keep(request("c", { entity: "campaign" }), body(3));
  expect(held.patched(request("c", { entity: "campaign" }), patch(3))).toBeNull();
  held.keep(request("big1"), body(200_000));
  held.keep(request("big2"), body(100_000));
  expect(held.patched(request("big1"), patch(200_000))).toBeNull(); // the older one went
  expect(held.patched(request("big2"), patch(100_000))).not.toBeNull();
});

test("[SP25] an edit's plan looks for history in the rows read and the rows whose history the last plan loaded", () => {
  const held = new HeldBodies();
  held.keep(request(), body(5), [4]);
  const patch = {
    bodyRows: 5,
    rows: [{ index: 1, cells: ["X", 5, "", "id1", 1, ""], formats: [] }],
    errorCells: [],
    dateCells: [],
  };
  expect([...(held.patched(request(), patch)?.historyOf ?? [])].sort()).toEqual([1, 4]);
});
