/**
 * Contract: Excel's undo stack and the add-in's writes, run against dev/excel-sim (`undo: true`).
 * UNDO: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities (most API calls can be
 *   undone; `mergeUndoGroup` makes one undo step of an `Excel.run`, and a call that cannot be undone inside such a
 *   group fails with UndoNotSupported; a call that cannot be undone clears the undo stack).
 * MERGE: https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-mergeundogroup-member
 *   ("When false, each context.sync() call creates an undo record. When true, all context.sync() calls in a single
 *   Excel.run are merged into one undo group." — ExcelApi 1.20).
 * What Excel raises as change events on an undo is not documented: the sim raises RangeEdited over the cells that
 * changed (docs/excel-checklist.md).
 */
import { createExcelSim, type ExcelSim, type SimRequestContext } from "../../dev/excel-sim";

function undoSim(): ExcelSim {
  const sim = createExcelSim(undefined, { undo: true });
  sim.userEdit("Sheet1", 0, 0, [["Code"], ["A"]]);
  return sim;
}

/** Three syncs, each writing one cell of column B. */
function threeSyncs(context: SimRequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItem("Sheet1");
  return (async () => {
    for (let i = 0; i < 3; i++) {
      sheet.getRange(`B${i + 1}`).values = [[`w${i}`]];
      await context.sync();
    }
  })();
}

const columnB = (sim: ExcelSim) => [0, 1, 2].map((r) => sim.cell("Sheet1", r, 1).value);

describe("Excel undo contract", () => {
  it("UNDO: a person's edit is one undo step; Ctrl+Z puts the cells back", () => {
    const sim = undoSim();
    sim.userEdit("Sheet1", 1, 0, [["B"]]);
    expect(sim.undoSteps()).toBe(2);
    expect(sim.userUndo()).toBe(true);
    expect(sim.cell("Sheet1", 1, 0).value).toBe("A");
  });

  it("MERGE: without mergeUndoGroup each sync of a run is its own undo step", async () => {
    const sim = undoSim();
    await sim.run(threeSyncs);
    sim.userUndo();
    expect(columnB(sim)).toEqual(["w0", "w1", ""]);
  });

  it("MERGE: with mergeUndoGroup all syncs of one run are one undo step", async () => {
    const sim = undoSim();
    await sim.run({ mergeUndoGroup: true }, threeSyncs);
    sim.userUndo();
    expect(columnB(sim)).toEqual(["", "", ""]);
    expect(sim.cell("Sheet1", 1, 0).value).toBe("A");
  });

  it("MERGE: a host below ExcelApi 1.20 makes one step per sync, whatever the run asked", async () => {
    const sim = createExcelSim(undefined, { undo: true, excelApi: "1.19" });
    await sim.run({ mergeUndoGroup: true }, threeSyncs);
    expect(sim.undoSteps()).toBe(3);
    expect(sim.isSetSupported("ExcelApi", "1.20")).toBe(false);
  });

  it("UNDO: a call that cannot be undone fails a merged group with UndoNotSupported and changes nothing", async () => {
    const sim = undoSim();
    sim.addSheet("Extra");
    const attempt = sim.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["x"]];
      context.workbook.worksheets.getItem("Extra").delete();
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect([sim.sheetNames(), sim.cell("Sheet1", 0, 2).value]).toEqual([["Sheet1", "Extra"], ""]);
  });

  it("UNDO: outside a merged group, a call that cannot be undone clears the undo stack", async () => {
    const sim = undoSim();
    sim.addSheet("Extra");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Extra").delete();
      await context.sync();
    });
    expect(sim.undoSteps()).toBe(0);
  });

  it("an undo raises a local RangeEdited over the cells it changed (what Excel raises is unverified: checklist)", async () => {
    const sim = undoSim();
    sim.addTableAsUser("Sheet1", "A1:A2", true);
    const seen: Record<string, unknown>[] = [];
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Table1").onChanged.add(async (args) => {
        seen.push({ changeType: args.changeType, source: args.source, address: args.address });
      });
      await context.sync();
    });
    sim.userEdit("Sheet1", 1, 0, [["Z"]]);
    await sim.flushEvents();
    sim.userUndo();
    await sim.flushEvents();
    expect(seen).toEqual([
      { changeType: "RangeEdited", source: "Local", address: "A2" },
      { changeType: "RangeEdited", source: "Local", address: "A2" },
    ]);
    expect(sim.cell("Sheet1", 1, 0).value).toBe("A");
  });
});
