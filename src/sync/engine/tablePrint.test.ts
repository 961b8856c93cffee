import type { TablePlanRequest } from "../reconcile";
import { tablePrint } from "./tablePrint";

const request = (over: Partial<TablePlanRequest> = {}): TablePlanRequest => ({
  bindingId: "b1",
  entity: "salesLineDiscount",
  sheetName: "Discounts",
  schemaVersion: 1,
  map: { fields: new Map([["code", 1]]), status: 0, rowId: 2, rowVersion: 3, rowBase: 4, width: 5 } as never,
  lang: "en",
  today: "2026-12-07",
  nowIso: "2026-12-07T09:00:00.000Z",
  documentId: "doc",
  bindingRecordId: "b1@doc",
  ...over,
});

const body = [
  ["Item", "I0001", "r1", 1, "h1"],
  ["Item", "I0002", "r2", 1, "h2"],
];

test("[SP40] the same table prints the same whatever the time of the request", () => {
  expect(tablePrint(request(), body)).toBe(tablePrint(request({ nowIso: "2026-12-08T10:00:00.000Z" }), body));
});

test("[SP40] a changed cell, a number typed as text, a moved row, a format or another day prints otherwise", () => {
  const print = tablePrint(request(), body);
  const others = [
    tablePrint(request(), [body[0]!, ["Item", "I0003", "r2", 1, "h2"]]),
    tablePrint(request(), [body[0]!, ["Item", "I0002", "r2", "1", "h2"]]),
    tablePrint(request(), [body[1]!, body[0]!]),
    tablePrint(request(), [
      ["Item", "I0001", "r1", 1],
      ["h1", "Item", "I0002", "r2", 1, "h2"],
    ]),
    tablePrint(request({ formats: new Map([[1, ["0%", "0.0%"]]]) }), body),
    tablePrint(request({ today: "2026-12-08" }), body),
    tablePrint(request({ writeBack: false }), body),
  ];
  for (const other of others) expect(other).not.toBe(print);
  expect(new Set(others).size).toBe(others.length);
});
