/** Contract: change events as Excel raises them (shape, batching, muting), run against dev/excel-sim. */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";

// EVENTS: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-events
// TABLE_ARGS: https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablechangedeventargs

type Seen = Record<string, unknown>;

/** A sheet with table "Prices" at A1:C3 (header + 2 rows) and a handler recording its events. */
async function watchedTable(): Promise<{ sim: ExcelSim; seen: Seen[]; sheetSeen: Seen[] }> {
  const sim = createExcelSim();
  sim.userEdit("Sheet1", 0, 0, [
    ["Code", "Price", "Note"],
    ["A", "1", ""],
    ["B", "2", ""],
  ]);
  sim.addTableAsUser("Sheet1", "A1:C3", true);
  const seen: Seen[] = [];
  const sheetSeen: Seen[] = [];
  await sim.run(async (context) => {
    const table = context.workbook.tables.getItem("Table1");
    table.name = "Prices";
    table.onChanged.add(async (args) => {
      seen.push({ ...args });
    });
    context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      sheetSeen.push({ ...args });
    });
    await context.sync();
  });
  await sim.flushEvents();
  return { sim, seen, sheetSeen };
}

describe("Excel change-event contract", () => {
  it("a single-cell edit raises TableChanged with details of the value before and after", async () => {
    // TABLE_ARGS: `details` "can be retrieved when the changed event is triggered on a single cell".
    const { sim, seen } = await watchedTable();
    sim.userEdit("Sheet1", 1, 1, [["1.5"]]);
    await sim.flushEvents();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: "TableChanged",
      changeType: "RangeEdited",
      source: "Local",
      address: "B2",
      details: { valueBefore: 1, valueAfter: 1.5, valueTypeBefore: "Double", valueTypeAfter: "Double" },
    });
  });

  it("pasting a block raises one event whose address covers the block, without details", async () => {
    // TABLE_ARGS: "If the changed event is triggered on multiple cells, this property cannot be retrieved";
    // a multi-cell paste is one event for the whole block (OfficeDev/office-js#5308).
    const { sim, seen } = await watchedTable();
    sim.userEdit("Sheet1", 1, 0, [
      ["X", "9", "n1"],
      ["Y", "8", "n2"],
    ]);
    await sim.flushEvents();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.["address"]).toBe("A2:C3");
    expect(seen[0]?.["details"]).toBeUndefined();
  });

  it("the add-in's own writes raise events, marked ThisLocalAddin on the worksheet event", async () => {
    // EVENTS: events fire for changes made through the JavaScript API too;
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
    const { sim, seen, sheetSeen } = await watchedTable();
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Prices").getDataBodyRange().getRow(1).values = [["Q", 5, "x"]];
      await context.sync();
    });
    sim.userEdit("Sheet1", 1, 2, [["typed"]]);
    await sim.flushEvents();
    expect(seen.map((e) => e["address"])).toEqual(["A3:C3", "C2"]);
    expect(sheetSeen.map((e) => e["triggerSource"])).toEqual(["ThisLocalAddin", "Unknown"]);
  });

  it("with runtime.enableEvents = false no events reach this add-in until it is set back", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member
    // and EVENTS ("Enable and disable events": affects the current add-in only).
    const { sim, seen } = await watchedTable();
    await sim.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
      context.workbook.tables.getItem("Prices").getDataBodyRange().getCell(0, 2).values = [["muted"]];
      await context.sync();
    });
    sim.userEdit("Sheet1", 2, 2, [["also muted"]]);
    await sim.flushEvents();
    expect(seen).toHaveLength(0);
    const enabled = await sim.run(async (context) => {
      context.runtime.load("enableEvents");
      await context.sync();
      const before = context.runtime.enableEvents;
      context.runtime.enableEvents = true;
      await context.sync();
      return before;
    });
    sim.userEdit("Sheet1", 2, 2, [["heard"]]);
    await sim.flushEvents();
    expect(enabled).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it("events arrive after the change, not during it", async () => {
    // EVENTS: handlers run asynchronously when Excel raises the event.
    const { sim, seen } = await watchedTable();
    sim.userEdit("Sheet1", 1, 2, [["later"]]);
    expect(seen).toHaveLength(0);
    await sim.flushEvents();
    expect(seen).toHaveLength(1);
  });

  it("a removed handler gets no further events once the removal is synced on its context", async () => {
    // EVENTS, "Remove an event handler": remove() through the same RequestContext, then sync.
    const sim = createExcelSim();
    sim.addTableAsUser("Sheet1", "A1:B2", true);
    const seen: unknown[] = [];
    const registration = await sim.run(async (context) => {
      const result = context.workbook.tables.getItem("Table1").onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      return result;
    });
    sim.userEdit("Sheet1", 1, 0, [["x"]]);
    await sim.flushEvents();
    await sim.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    sim.userEdit("Sheet1", 1, 0, [["y"]]);
    await sim.flushEvents();
    expect(seen).toHaveLength(1);
  });

  it("event args give the changed range back through getRange(context)", async () => {
    // TABLE_ARGS, getRange(ctx): "Gets the range that represents the changed area of a table".
    const { sim, seen } = await watchedTable();
    sim.userEdit("Sheet1", 2, 0, [["Z", "7"]]);
    await sim.flushEvents();
    const args = seen[0] as { getRange(ctx: unknown): { load(p: string): { values: unknown } } };
    const values = await sim.run(async (context) => {
      const range = args.getRange(context).load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Z", 7]]);
  });
});
