/**
 * Contract: co-authoring, run against dev/excel-sim's sessions (`sim.coauthor()`): one workbook, several people,
 * each with their own Excel and add-in runtime.
 */
import { createExcelSim, type ExcelSim } from "../../dev/excel-sim";

// COAUTHORING: https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
// EVENTS: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// EVENT_SOURCE: https://learn.microsoft.com/javascript/api/excel/excel.eventsource

type Seen = { source: string; changeType: string; address: string; triggerSource?: string };

/** Table "Prices" (A1:B3) and, in every session, a Table.onChanged handler recording what it hears. */
async function coauthored(): Promise<{ a: ExcelSim; b: ExcelSim; heardA: Seen[]; heardB: Seen[] }> {
  const a = createExcelSim();
  a.userEdit("Sheet1", 0, 0, [
    ["Code", "Price"],
    ["A", "1"],
    ["B", "2"],
  ]);
  a.addTableAsUser("Sheet1", "A1:B3", true);
  const b = a.coauthor();
  const listen = async (sim: ExcelSim, into: Seen[]) => {
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Table1").onChanged.add(async (args) => {
        into.push({ source: args.source, changeType: args.changeType, address: args.address });
      });
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
        into.push({
          source: args.source,
          changeType: "sheet",
          address: args.address,
          triggerSource: args.triggerSource,
        });
      });
      await context.sync();
    });
  };
  const heardA: Seen[] = [];
  const heardB: Seen[] = [];
  await listen(a, heardA);
  await listen(b, heardB);
  return { a, b, heardA, heardB };
}

describe("Excel co-authoring contract", () => {
  it("a co-author's edit reaches this add-in's handlers with source Remote, their own with Local", async () => {
    // EVENTS: "the event handler runs for each user"; EVENT_SOURCE: Local "The event is triggered by the local user",
    // Remote "The event is triggered by a remote user (co-author)".
    const { a, b, heardA, heardB } = await coauthored();
    b.userEdit("Sheet1", 1, 1, [["5"]]);
    await a.flushEvents();
    await b.flushEvents();
    expect(heardA.filter((e) => e.changeType !== "sheet")).toEqual([
      { source: "Remote", changeType: "RangeEdited", address: "B2" },
    ]);
    expect(heardB.filter((e) => e.changeType !== "sheet")).toEqual([
      { source: "Local", changeType: "RangeEdited", address: "B2" },
    ]);
  });

  it("one workbook: what one session writes, the other reads in its next sync", async () => {
    // COAUTHORING: "coauthors see each other's changes" — content is shared, the add-ins' runtimes are not.
    const { a, b } = await coauthored();
    await b.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3").values = [["C"]];
      await context.sync();
    });
    const seenByA = await a.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A3").load("values");
      await context.sync();
      return range.values;
    });
    expect(seenByA).toEqual([["C"]]);
  });

  it("an add-in's write with events muted is still heard by the co-author's add-in, as Remote", async () => {
    // EVENTS: `runtime.enableEvents` turns events off "for the add-in" (this runtime); a co-author's add-in runs its
    // own handlers for every change that reaches it.
    const { a, b, heardA, heardB } = await coauthored();
    await a.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("B3").values = [["9"]];
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await a.flushEvents();
    await b.flushEvents();
    expect(heardA).toEqual([]);
    expect(heardB).toEqual([
      { source: "Remote", changeType: "RangeEdited", address: "B3" },
      { source: "Remote", changeType: "sheet", address: "B3", triggerSource: "Unknown" },
    ]);
  });

  it("each session has its own counters: a co-author's syncs are not this add-in's", async () => {
    const { a, b } = await coauthored();
    a.resetCounters();
    b.resetCounters();
    await b.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["Z"]];
      await context.sync();
    });
    expect({ a: a.counters().syncs, b: b.counters().syncs }).toEqual({ a: 0, b: 1 });
  });
});
