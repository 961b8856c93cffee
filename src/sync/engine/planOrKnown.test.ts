import type { Planner } from "../planner";
import type { PlannedTable, TablePlanRequest } from "../reconcile";
import { planOrKnown } from "./planOrKnown";

const request = {
  bindingId: "b1",
  entity: "salesLineDiscount",
  sheetName: "Discounts",
  schemaVersion: 1,
  map: { fields: new Map([["code", 1]]), status: 0, rowId: 2, rowVersion: 3, rowBase: 4, width: 5 },
  lang: "en",
  today: "2026-12-07",
  nowIso: "2026-12-07T09:00:00.000Z",
  documentId: "doc",
  bindingRecordId: "b1@doc",
} as unknown as TablePlanRequest;
const body = [["Item", "I0001", "r1", 1, "h1"]];
const settled = { hasUnit: false } as unknown as PlannedTable;
const planned = { hasUnit: true } as unknown as PlannedTable;

/** A planner that knows every printed table as settled, and counts what it is asked. */
function knowingPlanner() {
  const asked = { unchanged: [] as (string | undefined)[], plan: 0 };
  const planner = {
    plan: async () => (asked.plan++, planned),
    unchanged: async (r: TablePlanRequest) => (asked.unchanged.push(r.bodyPrint), settled),
  } as unknown as Planner;
  return { planner, asked };
}

test("[SP40] a table woken without hints of its own is printed, and a known print costs no plan", async () => {
  const { planner, asked } = knowingPlanner();
  expect(await planOrKnown(planner, request, body)).toBe(settled);
  expect(asked.unchanged).toHaveLength(1);
  expect(asked.unchanged[0]).toMatch(/\./);
  expect(asked.plan).toBe(0);
});

test("[SP58] a table its own change hints woke is planned without a print of its body", async () => {
  const { planner, asked } = knowingPlanner();
  expect(await planOrKnown(planner, request, body, true)).toBe(planned);
  expect(asked.unchanged).toEqual([]);
  expect(asked.plan).toBe(1);
});
